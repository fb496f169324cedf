package dev.kinship.runtime.internal.codec;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Moves one Java type between a bound parameter or result column and a field value. */
public interface Codec {

    /** Binds {@code value} (never null: nulls are bound by the caller) at {@code index}. */
    void bind(PreparedStatement statement, int index, Object value) throws SQLException;

    /** @return the value at {@code index}, or null when the column is NULL */
    Object read(ResultSet rows, int index) throws SQLException;

    /** @return the SQL type used to bind NULL */
    int sqlType();
}
