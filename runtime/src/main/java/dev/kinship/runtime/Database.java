package dev.kinship.runtime;

import dev.kinship.dsl.KinshipException;
import dev.kinship.dsl.Schema;
import dev.kinship.runtime.internal.jdbc.Connections;
import dev.kinship.runtime.internal.jdbc.DataSourceConnections;
import dev.kinship.runtime.internal.jdbc.Executor;
import dev.kinship.runtime.internal.jdbc.PooledConnection;
import dev.kinship.runtime.internal.jdbc.SqliteConnections;
import dev.kinship.runtime.internal.schema.SchemaComparison;
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

    private static final System.Logger LOG = System.getLogger("dev.kinship.schema");

    private final DatabaseCore core;
    private final DdlWriter ddlWriter;
    private final List<String> ddl;

    private Database(Schema schema, Dialect dialect, Connections connections) {
        Objects.requireNonNull(schema, "schema");
        try {
            this.core = new DatabaseCore(schema, dialect, connections);
            this.ddlWriter = new DdlWriter(schema, dialect);
            this.ddl = List.copyOf(ddlWriter.statements());
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
     * Reads the live schema, then creates every table, index and foreign key that does not exist
     * yet, in one transaction. Running it twice is harmless. Differences the model can work with
     * (an index, a foreign key rule, a unique key) are logged at WARNING on the
     * {@code dev.kinship.schema} logger; {@link #migrationDdl()} and {@link #migrate()} deal with
     * them where a statement can.
     *
     * @throws SchemaMismatchException when the model cannot work with an existing table (a missing
     *                                 column, a column of another type, a NOT NULL column the model
     *                                 allows null in, an extra NOT NULL column without a default, a
     *                                 table of the model's name without its id); nothing was
     *                                 created, and {@code differences()} lists every difference
     *                                 with its fix
     * @throws DataAccessException     when the database refuses a statement (nothing is created)
     * @throws IllegalStateException   when this Database is closed
     */
    public void sync() {
        requireOpen("create tables");
        SchemaComparison comparison = compare();
        List<String> differences = comparison.differences().stream().map(SchemaComparison.Difference::text).toList();
        if (comparison.blocking()) {
            throw new SchemaMismatchException("sync() found tables this schema cannot work with, and created nothing:\n  "
                + String.join("\n  ", differences) + "\nRun migrate() for the statements that add what is missing "
                + "(migrationDdl() lists them), or fix the database as each line says.", differences);
        }
        differences.forEach(d -> LOG.log(System.Logger.Level.WARNING, "sync(): " + d));
        runInTransaction(ddl, "sync()", "Nothing was created.");
    }

    /**
     * @return the additive statements that bring the live database to the schema, in order:
     *         CREATE TABLE for missing tables (each after the tables it refers to), ALTER TABLE …
     *         ADD COLUMN for missing columns (nullable, since models declare no defaults), CREATE
     *         INDEX for missing indexes and unique keys, and foreign keys where the database can
     *         add them to an existing table; empty when nothing additive is left. Plain SQL, fit
     *         for a migration tool's script. What needs a rebuild or would destroy data is never
     *         among them: {@link SchemaMismatchException#differences()} lists it.
     * @throws IllegalStateException when this Database is closed
     */
    public List<String> migrationDdl() {
        requireOpen("read its schema");
        return compare().migration();
    }

    /**
     * Runs {@link #migrationDdl()} in one transaction; a failure leaves the database as it was.
     *
     * @throws DataAccessException   when the database refuses a statement (nothing is changed)
     * @throws IllegalStateException when this Database is closed
     */
    public void migrate() {
        requireOpen("migrate");
        runInTransaction(compare().migration(), "migrate()", "Nothing was changed.");
    }

    private SchemaComparison compare() {
        PooledConnection connection = core.connections().acquire();
        try {
            return SchemaComparison.of(connection.connection(), ddlWriter, core.sql().dialect());
        } finally {
            core.connections().release(connection);
        }
    }

    private void runInTransaction(List<String> statements, String call, String nothingDone) {
        PooledConnection connection = core.connections().acquire();
        Dialect dialect = core.sql().dialect();
        Executor executor = new Executor(connection, () -> { }, dialect.types());
        try {
            executor.control(dialect.beginTransaction(Isolation.READ_COMMITTED));
            try {
                for (String statement : statements) {
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
            throw new DataAccessException(call + " failed: " + e.getMessage() + ". " + nothingDone, e);
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
     * @throws IllegalStateException when this Database is closed, or when {@code work} returned with an SQL
     *         transaction still open (Kinship rolled it back, so the connection goes back to the pool clean)
     */
    public <R> R withConnection(ConnectionCallback<R> work) {
        Objects.requireNonNull(work, "work");
        requireOpen("lend a connection");
        PooledConnection connection = core.connections().acquire();
        R result;
        IllegalStateException leftOpen = new IllegalStateException("withConnection: the work returned with an SQL "
            + "transaction still open, so Kinship rolled it back (its changes are not committed). Commit it inside "
            + "the work, e.g. connection.commit() or COMMIT.");
        boolean open;
        try {
            result = work.apply(connection.connection());
            open = closeTransaction(connection, leftOpen);
        } catch (SQLException e) {
            DataAccessException failure = new DataAccessException("withConnection failed: " + e.getMessage(), e);
            closeTransaction(connection, failure);
            throw failure;
        } catch (RuntimeException | Error e) {
            closeTransaction(connection, e);
            throw e;
        } finally {
            core.connections().release(connection);
        }
        if (open) {
            throw leftOpen;
        }
        return result;
    }

    /**
     * Rolls back a transaction the work left open on {@code connection}, so that it goes back to
     * the pool clean; a connection whose state cannot be told is discarded.
     *
     * @return whether a transaction was open (noted on {@code failure} when the work failed anyway)
     */
    private boolean closeTransaction(PooledConnection connection, Throwable failure) {
        Connection c = connection.connection();
        boolean open;
        try {
            if (c.isClosed()) {
                return false;
            }
            if (!c.getAutoCommit()) {
                c.rollback();
                c.setAutoCommit(true);
                open = true;
            } else {
                open = rollbackIfOpen(c);
            }
        } catch (SQLException e) {
            connection.discard();
            failure.addSuppressed(e);
            return false;
        }
        if (open && !(failure instanceof IllegalStateException)) {
            failure.addSuppressed(new IllegalStateException("The work left an SQL transaction open; Kinship rolled "
                + "it back."));
        }
        return open;
    }

    /** @return whether an SQL-level transaction (a BEGIN run by the work) was open; it is rolled back */
    private static boolean rollbackIfOpen(Connection c) throws SQLException {
        try (java.sql.Statement statement = c.createStatement()) {
            try {
                statement.execute("ROLLBACK");
            } catch (SQLException none) {
                return false; // SQLite: no transaction is active
            }
            return statement.getWarnings() == null; // PostgreSQL warns when none is in progress
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
