package dev.kinship.runtime;

import dev.kinship.dsl.KinshipException;
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
import dev.kinship.runtime.internal.sql.PostgresDialect;
import dev.kinship.runtime.internal.sql.SqliteDialect;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * A schema bound to a database: creates its tables, opens sessions, holds the hooks.
 * Thread-safe; share one per database and close it when done. Entity classes are subclassed
 * once, when the Database is created.
 *
 * <p>Kinship speaks SQLite ({@link #sqlite}, {@link #inMemory}, or {@link #connect} with a SQLite
 * DataSource) and PostgreSQL 13 or later ({@link #connect} with a PostgreSQL DataSource, also for
 * servers that speak its protocol). Every behaviour and statement count is the same on both; the
 * README's "Databases" section has the type mapping of each.
 *
 * <h2>Transactions and locking</h2>
 * Each write call, and each {@link Session#useTransaction}/{@link Session#inTransaction}, runs in
 * a transaction; inside one, each write call runs under a savepoint of its own, so that a write
 * that fails leaves the transaction usable. On SQLite a transaction takes the write lock when it
 * begins ({@code BEGIN IMMEDIATE}) and another writer waits for it up to the busy timeout (5 s); a
 * file database uses the WAL journal, so readers never wait for writers. On PostgreSQL
 * transactions are READ COMMITTED unless {@link #inTransaction(Isolation, int, Function)} asks
 * for another level.
 */
public final class Database implements AutoCloseable {

    private static final int OLDEST_POSTGRESQL = 13;

    private final DatabaseCore core;
    private final List<String> ddl;

    private Database(Schema schema, Dialect dialect, Connections connections) {
        Objects.requireNonNull(schema, "schema");
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
        Objects.requireNonNull(schema, "schema");
        return new Database(schema, new SqliteDialect(), SqliteConnections.file(file));
    }

    /**
     * A SQLite database in memory that lives, across sessions, until {@link #close()}. Each call
     * makes a new, empty database (at most 1 GiB, SQLite's limit for memory databases).
     *
     * @throws NullPointerException when {@code schema} is null
     */
    public static Database inMemory(Schema schema) {
        Objects.requireNonNull(schema, "schema");
        return new Database(schema, new SqliteDialect(), SqliteConnections.memory());
    }

    /**
     * A database reached through the application's DataSource (its pool, its settings): SQLite,
     * or PostgreSQL 13 or later (and servers that speak its protocol and report themselves as
     * PostgreSQL), told apart by the connection's metadata. Each connection is put in auto-commit
     * mode (on SQLite, foreign keys are switched on); a session gives its connection back to the
     * pool when it closes, and the Database keeps none between sessions.
     *
     * @throws NullPointerException when an argument is null
     * @throws KinshipException     when the database is neither SQLite nor PostgreSQL 13 or later
     *                              (nothing was run on it)
     * @throws DataAccessException  when no connection can be had from the DataSource
     */
    public static Database connect(DataSource dataSource, Schema schema) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(schema, "schema");
        Dialect dialect = detect(dataSource);
        return new Database(schema, dialect, new DataSourceConnections(dataSource, dialect.connectionSetup()));
    }

    private static Dialect detect(DataSource dataSource) {
        String product;
        String version;
        int major;
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            product = meta.getDatabaseProductName();
            version = meta.getDatabaseProductVersion();
            major = meta.getDatabaseMajorVersion();
        } catch (SQLException e) {
            throw new DataAccessException("Cannot get a connection from the DataSource: " + e.getMessage()
                + ". Check the DataSource's configuration.", e);
        }
        if ("SQLite".equalsIgnoreCase(product)) {
            return new SqliteDialect();
        }
        if ("PostgreSQL".equalsIgnoreCase(product) && major >= OLDEST_POSTGRESQL) {
            return new PostgresDialect();
        }
        throw new KinshipException("Database.connect: the DataSource reaches " + product + " " + version
            + ", which Kinship does not support. Supported: SQLite (3.35 or later) and PostgreSQL " + OLDEST_POSTGRESQL
            + " or later (and servers that speak its protocol). Use Database.sqlite(...) for a SQLite file, or a "
            + "DataSource of a supported database.");
    }

    /** @return the schema this database serves */
    public Schema schema() {
        return core.types().schema();
    }

    /** @return which database this is: {@code "sqlite"} or {@code "postgresql"} */
    public String dialect() {
        return core.sql().dialect().name();
    }

    /** @return the statements {@link #sync()} runs, in this database's own SQL */
    public List<String> ddl() {
        return ddl;
    }

    /**
     * Creates every table, index and foreign key that does not exist yet, in one transaction.
     * Running it twice is harmless.
     *
     * @throws DataAccessException   when the database refuses a statement (nothing is created)
     * @throws IllegalStateException when this Database is closed
     */
    public void sync() {
        requireOpen("create tables");
        PooledConnection connection = core.connections().acquire();
        Dialect dialect = core.sql().dialect();
        Executor executor = new Executor(connection, () -> { }, dialect.types());
        try {
            executor.control(dialect.beginTransaction(Isolation.READ_COMMITTED));
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
     * Runs {@code work} in a new session and transaction with {@code isolation}, and runs it again,
     * in a new session and transaction, when the database gives the transaction up because of a
     * conflict with another ({@link TransactionConflictException}: a serialization failure or a
     * deadlock), up to {@code maxAttempts} times in all. Any other exception ends it at once.
     * Entities {@code work} returns stay navigable, as those of a closed session do.
     *
     * @return what the successful attempt of {@code work} returned
     * @throws TransactionConflictException the last conflict, when every attempt conflicted
     * @throws IllegalArgumentException     when {@code maxAttempts} is less than 1
     * @throws NullPointerException         when {@code isolation} or {@code work} is null
     */
    public <R> R inTransaction(Isolation isolation, int maxAttempts, Function<Session, R> work) {
        Objects.requireNonNull(isolation, "isolation");
        Objects.requireNonNull(work, "work");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("inTransaction: maxAttempts is " + maxAttempts + ", but at least one "
                + "attempt is needed. Pass 1 to run the work once without retries.");
        }
        requireOpen("run a transaction");
        for (int attempt = 1; ; attempt++) {
            try (SessionImpl session = new SessionImpl(core)) {
                return session.atomic(isolation, () -> work.apply(session));
            } catch (TransactionConflictException e) {
                if (attempt >= maxAttempts) {
                    throw e;
                }
            }
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
