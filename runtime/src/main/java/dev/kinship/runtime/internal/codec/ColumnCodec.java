package dev.kinship.runtime.internal.codec;

import dev.kinship.runtime.ColumnValueException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The codec of one column of one model: the type's codec, with the model, field, column and
 * table named in the error when a value does not fit. Made once per column.
 */
final class ColumnCodec implements Codec {

    private final Codec codec;
    private final String field;
    private final String column;

    /**
     * @param codec  the codec of the field's type
     * @param field  {@code Sample.intValue}
     * @param column {@code "intValue" of "Samples"}
     */
    ColumnCodec(Codec codec, String field, String column) {
        this.codec = codec;
        this.field = field;
        this.column = column;
    }

    /**
     * @throws IllegalArgumentException naming the field when the database cannot store {@code value}
     */
    @Override
    public void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        try {
            codec.bind(statement, index, value);
        } catch (UnfitValue e) {
            throw new IllegalArgumentException(field + " " + e.reason() + ". " + e.fix(), e);
        }
    }

    /**
     * @throws ColumnValueException naming the field, column and value when the row's value does
     *         not fit the field
     */
    @Override
    public Object read(ResultSet rows, int index) throws SQLException {
        try {
            return codec.read(rows, index);
        } catch (UnfitValue e) {
            throw new ColumnValueException("Cannot read " + field + ": column " + column + " holds " + e.reason()
                + ". " + e.fix());
        }
    }

    @Override
    public int sqlType() {
        return codec.sqlType();
    }
}
