package dev.kinship.runtime.internal.session;

import dev.kinship.runtime.internal.mapping.ColumnMapping;
import dev.kinship.runtime.internal.mapping.EntityType;

/** Checks values given to find and where against the column they are compared with. */
final class Values {

    private Values() {
    }

    /** @return {@code id} as the id column's type (integral numbers widen or narrow when they fit) */
    static Object idArgument(EntityType type, Object id, String call) {
        return fit(type.id(), id, call + ": the id of " + type.name());
    }

    /**
     * @return {@code value} as {@code column}'s type
     * @throws IllegalArgumentException when it does not fit
     */
    static Object fit(ColumnMapping column, Object value, String what) {
        if (value == null) {
            return null;
        }
        if (value instanceof Double d && d.isNaN() || value instanceof Float f && f.isNaN()) {
            throw new IllegalArgumentException(what + " is compared with NaN, which Kinship never stores, so it matches "
                + "no row. Pass null to find rows without a value.");
        }
        Class<?> type = column.type();
        if (type.isInstance(value)) {
            return value;
        }
        if (value instanceof Number n && (value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof Byte)) {
            long v = n.longValue();
            if (type == Long.class) {
                return v;
            }
            if (type == Integer.class && v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
                return (int) v;
            }
        }
        if (type.isEnum() && value instanceof String s) {
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(s)) {
                    return constant;
                }
            }
        }
        String name = type.getSimpleName();
        throw new IllegalArgumentException(what + " is " + name + ", but the value given is " + describe(value)
            + ". Pass " + ("AEIO".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name
            + (type == Long.class && value instanceof String ? ", e.g. " + digitsOr(value) + "L" : "") + ".");
    }

    private static String describe(Object value) {
        return value instanceof String s ? "the String \"" + s + "\"" : value + " (" + value.getClass().getSimpleName() + ")";
    }

    private static String digitsOr(Object value) {
        String s = value.toString();
        return s.matches("-?\\d+") ? s : "12";
    }
}
