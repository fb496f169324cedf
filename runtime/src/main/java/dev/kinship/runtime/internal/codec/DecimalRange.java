package dev.kinship.runtime.internal.codec;

import java.math.BigDecimal;

/**
 * The range of decimals Kinship stores on every database: PostgreSQL's {@code numeric}, at most
 * 131,072 digits before the point and 16,383 after it. Refused alike on SQLite, so that a value
 * that works on one database works on the other.
 */
final class DecimalRange {

    static final int MAX_INTEGER_DIGITS = 131_072;
    static final int MAX_FRACTION_DIGITS = 16_383;

    private DecimalRange() {
    }

    /** @throws UnfitValue when {@code value} has more digits before or after the point than numeric keeps */
    static BigDecimal check(BigDecimal value) {
        int fraction = Math.max(0, value.scale());
        int integer = value.precision() - value.scale();
        if (fraction > MAX_FRACTION_DIGITS || integer > MAX_INTEGER_DIGITS) {
            throw new UnfitValue("has " + Math.max(integer, 0) + " digits before the point and " + fraction
                + " after it, beyond the " + MAX_INTEGER_DIGITS + " and " + MAX_FRACTION_DIGITS + " a decimal column keeps",
                "Round the value (setScale) or keep it within that range");
        }
        return value;
    }
}
