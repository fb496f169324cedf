package dev.kinship.runtime;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work done with a plain JDBC connection of a {@link Database}, for the SQL Kinship does not
 * write for you.
 *
 * @param <R> the result type
 */
@FunctionalInterface
public interface ConnectionCallback<R> {

    /** @return the result of the work */
    R apply(Connection connection) throws SQLException;
}
