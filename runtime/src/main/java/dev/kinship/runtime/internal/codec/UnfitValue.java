package dev.kinship.runtime.internal.codec;

/**
 * Thrown by a codec for a value it cannot move: a row's value its field cannot take, or a
 * field's value the database cannot store. Carries the two sentence parts that do not depend on
 * the column ({@code "1099511627776, which does not fit an Integer (...)"} and how to fix it);
 * {@link ColumnCodec} adds the model, field and column.
 */
public final class UnfitValue extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String reason;
    private final String fix;

    UnfitValue(String reason, String fix) {
        super(reason + ". " + fix);
        this.reason = reason;
        this.fix = fix;
    }

    /** @return the value and why it does not fit, e.g. {@code 'ab', which is 2 characters long, not 1} */
    public String reason() {
        return reason;
    }

    /** @return how to fix it, a sentence */
    public String fix() {
        return fix;
    }
}
