package dev.kinship.runtime;

import dev.kinship.dsl.Schema;
import dev.kinship.runtime.internal.jdbc.Connections;
import dev.kinship.runtime.internal.jdbc.DataSourceConnections;
import dev.kinship.runtime.internal.jdbc.Executor;
import dev.kinship.runtime.internal.jdbc.PooledConnection;
import dev.kinship.runtime.internal.jdbc.SqliteConnections;
import dev.kinship.runtime.internal.session.DatabaseCore;
import dev.kinship.runtime.internal.session.SessionImpl;
import dev.kinship.runtime.internal.sql.DdlWriter;
import dev.kinship.runtime.internal.sql.Dialect;
import dev.kinship.runtime.internal.sql.SqliteDialect;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * A schema bound to a database: creates its tables, opens sessions, holds the hooks.
 * Thread-safe; share one per database and close it when done. Entity classes are subclassed
 * once, when the Database is created.
 *
 * <h2>How values are stored</h2>
 * <table>
 * <caption>Java types and their SQLite columns</caption>
 * <tr><th>Java</th><th>column</th><th>stored as</th></tr>
 * <tr><td>Long, Integer, Short, Byte (and primitives)</td><td>INTEGER</td><td>the number; reading a
 *     number its field cannot hold is a {@link ColumnValueException}</td></tr>
 * <tr><td>Boolean, boolean</td><td>INTEGER</td><td>0 or 1</td></tr>
 * <tr><td>Double, Float (and primitives)</td><td>REAL</td><td>the number; NaN is refused, since SQLite
 *     would store NULL</td></tr>
 * <tr><td>BigDecimal</td><td>TEXT</td><td>its exact plain text, scale kept ({@code 1.50})</td></tr>
 * <tr><td>String, Character, char</td><td>TEXT</td><td>the text</td></tr>
 * <tr><td>UUID</td><td>TEXT</td><td>its 36-character text</td></tr>
 * <tr><td>enum</td><td>TEXT</td><td>the constant's name</td></tr>
 * <tr><td>LocalDate</td><td>TEXT</td><td>ISO-8601, {@code 2024-05-01}</td></tr>
 * <tr><td>LocalDateTime</td><td>TEXT</td><td>ISO-8601 with nine fraction digits,
 *     {@code 2024-05-01T10:15:30.000000000}, so that text order is time order; SQLite's own
 *     {@code 2024-05-01 10:15:30} is read too</td></tr>
 * <tr><td>Instant</td><td>TEXT</td><td>ISO-8601 in UTC, {@code 2024-05-01T10:15:30.000000000Z}</td></tr>
 * <tr><td>byte[]</td><td>BLOB</td><td>the bytes</td></tr>
 * </table>
 * A null field is a NULL column, and a NULL column a null field (zero or false for a primitive).
 * A generated Long or Integer id is an {@code INTEGER PRIMARY KEY}.
 *
 * <h2>Transactions and locking</h2>
 * Each write call, and each {@link Session#useTransaction}/{@link Session#inTransaction}, runs in
 * a transaction that takes SQLite's write lock when it begins ({@code BEGIN IMMEDIATE}); another
 * writer waits for it up to the busy timeout (5 s). A file database uses the WAL journal, so
 * readers never wait for writers. An in-memory database locks like a file without WAL: a reader
 * waits while another session's transaction is open.
 */
public final class Database implements AutoCloseable {

    private final DatabaseCore core;
    private final List<String> ddl;

    private Database(Schema schema, Connections connections) {
        Objects.requireNonNull(schema, "schema");
        SqliteDialect dialect = new SqliteDialect();
        try {
            this.core = new DatabaseCore(schema, dialect, connections);
            this.ddl = List.copyOf(new DdlWriter(schema, dialect).statements());
        } catch (RuntimeException | Error e) {
            connections.close();
            throw e;
        }
    }

    /**
     * A SQLite database in a file (created if absent), with WAL journal, a busy timeout and
     * foreign keys on.
     *
     * @throws NullPointerException when an argument is null
     * @throws DataAccessException  when SQLite cannot open the file (its directory does not exist,
     *                              or it may not be written)
     */
    public static Database sqlite(Path file, Schema schema) {
        Objects.requireNonNull(file, "file");
        return new Database(schema, SqliteConnections.file(file));
    }

    /**
     * A SQLite database in memory that lives, across sessions, until {@link #close()}. Each call
     * makes a new, empty database (at most 1 GiB, SQLite's limit for memory databases).
     *
     * @throws NullPointerException when {@code schema} is null
     */
    public static Database inMemory(Schema schema) {
        return new Database(schema, SqliteConnections.memory());
    }

    /**
     * A SQLite database reached through the application's DataSource (its pool, its journal and
     * timeout settings). Each connection is put in auto-commit mode and gets foreign keys switched
     * on; sessions close their connection when they close, which returns it to the pool.
     *
     * @throws NullPointerException when an argument is null
     */
    public static Database connect(DataSource dataSource, Schema schema) {
        Objects.requireNonNull(dataSource, "dataSource");
        return new Database(schema, new DataSourceConnections(dataSource, new SqliteDialect().connectionSetup()));
    }

    /** @return the schema this database serves */
    public Schema schema() {
        return core.types().schema();
    }

    /** @return the statements {@link #sync()} runs: CREATE TABLE / CREATE INDEX IF NOT EXISTS */
    public List<String> ddl() {
        return ddl;
    }

    /**
     * Creates every table and index that does not exist yet, in one transaction. Running it
     * twice is harmless.
     *
     * @throws DataAccessException   when the database refuses a statement (nothing is created)
     * @throws IllegalStateException when this Database is closed
     */
    public void sync() {
        requireOpen("create tables");
        PooledConnection connection = core.connections().acquire();
        Executor executor = new Executor(connection, () -> { });
        Dialect dialect = core.sql().dialect();
        try {
            executor.control(dialect.beginTransaction());
            try {
                for (String statement : ddl) {
                    executor.execute(statement);
                }
                executor.control(dialect.commitTransaction());
            } catch (SQLException | RuntimeException e) {
                try {
                    executor.control(dialect.rollbackTransaction());
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                    connection.discard();
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new DataAccessException("sync() failed: " + e.getMessage() + ". Nothing was created.", e);
        } finally {
            core.connections().release(connection);
        }
    }

    /**
     * Runs {@code work} with one of this database's connections (foreign keys on, auto-commit
     * on) and gives the connection back. For SQL that Kinship does not write: reports, bulk
     * maintenance, checks in tests.
     *
     * @return what {@code work} returned
     * @throws DataAccessException   when {@code work} throws an SQLException (kept as the cause)
     * @throws IllegalStateException when this Database is closed
     */
    public <R> R withConnection(ConnectionCallback<R> work) {
        Objects.requireNonNull(work, "work");
        requireOpen("lend a connection");
        PooledConnection connection = core.connections().acquire();
        try {
            return work.apply(connection.connection());
        } catch (SQLException e) {
            throw new DataAccessException("withConnection failed: " + e.getMessage(), e);
        } finally {
            core.connections().release(connection);
        }
    }

    /**
     * @return a new session; close it when the unit of work is done
     * @throws IllegalStateException when this Database is closed
     */
    public Session openSession() {
        requireOpen("open a session");
        return new SessionImpl(core);
    }

    /** @return the lifecycle hooks of this database */
    public Hooks hooks() {
        return core.hooks();
    }

    /** @return whether {@link #close()} was called */
    public boolean isClosed() {
        return core.closed();
    }

    /**
     * Releases every connection, also those of sessions still open (their next statement throws
     * {@link IllegalStateException}); an in-memory database is gone. Entities loaded earlier keep
     * their loaded values; lazy loads now throw {@link DetachedEntityException}. Closing twice is
     * harmless.
     */
    @Override
    public void close() {
        core.close();
    }

    private void requireOpen(String action) {
        if (core.closed()) {
            throw new IllegalStateException("This Database is closed, so it cannot " + action + ". Create a new "
                + "Database with Database.sqlite(...), Database.inMemory(...) or Database.connect(...).");
        }
    }
}
