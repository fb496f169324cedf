package dev.kinship.runtime.internal.codec;

/**
 * How one database stores each Java type: the column type {@code sync()} creates and the codec
 * that binds and reads values of it, kept together so that the two cannot disagree.
 */
public interface TypeMapping {

    /**
     * @return the codec of {@code type} (boxed), enums included
     * @throws IllegalArgumentException when there is no codec for it
     */
    Codec codec(Class<?> type);

    /** @return the codec of {@code value}'s class (the enum's, for a constant with a body of its own) */
    default Codec codecOfValue(Object value) {
        if (value instanceof Enum<?> e) {
            return codec(e.getDeclaringClass());
        }
        return codec(value.getClass());
    }

    /** @return the column type for values of {@code type} (boxed) */
    String columnType(Class<?> type);

    /** @return the column definition of a generated id of {@code type}, primary key included */
    String generatedIdColumn(Class<?> type);

    /**
     * @return the codec of one column of one model, whose errors name {@code Model.field} and the
     *         column
     */
    default Codec columnCodec(Class<?> type, String model, String field, String column, String table) {
        return new ColumnCodec(codec(type), model + "." + field, "\"" + column + "\" of \"" + table + "\"");
    }
}
