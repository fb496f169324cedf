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
 */
public final class Database implements AutoCloseable {

    private final DatabaseCore core;
    private final List<String> ddl;

    private Database(Schema schema, Connections connections) {
        Objects.requireNonNull(schema, "schema");
        SqliteDialect dialect = new SqliteDialect();
        try {
            this.core = new DatabaseCore(schema, dialect, connections);
        } catch (RuntimeException e) {
            connections.close();
            throw e;
        }
        this.ddl = List.copyOf(new DdlWriter(schema, dialect).statements());
    }

    /**
     * A SQLite database in a file (created if absent), with WAL journal, a busy timeout and
     * foreign keys on.
     *
     * @throws NullPointerException when an argument is null
     */
    public static Database sqlite(Path file, Schema schema) {
        Objects.requireNonNull(file, "file");
        return new Database(schema, SqliteConnections.file(file));
    }

    /** A SQLite database in memory that lives, across sessions, until {@link #close()}. */
    public static Database inMemory(Schema schema) {
        return new Database(schema, SqliteConnections.memory());
    }

    /** A database reached through the application's DataSource (SQLite; foreign keys are switched on per connection). */
    public static Database connect(DataSource dataSource, Schema schema) {
        Objects.requireNonNull(dataSource, "dataSource");
        return new Database(schema, new DataSourceConnections(dataSource));
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
     * @throws DataAccessException when the database refuses a statement
     */
    public void sync() {
        requireOpen();
        PooledConnection connection = core.connections().acquire();
        try {
            connection.connection().setAutoCommit(false);
            Executor executor = new Executor(connection, () -> { });
            for (String statement : ddl) {
                executor.execute(statement);
            }
            connection.connection().commit();
        } catch (SQLException e) {
            throw new DataAccessException("sync() failed: " + e.getMessage(), e);
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
     * @throws DataAccessException when {@code work} throws an SQLException (kept as the cause)
     */
    public <R> R withConnection(ConnectionCallback<R> work) {
        Objects.requireNonNull(work, "work");
        requireOpen();
        PooledConnection connection = core.connections().acquire();
        try {
            return work.apply(connection.connection());
        } catch (SQLException e) {
            throw new DataAccessException("withConnection failed: " + e.getMessage(), e);
        } finally {
            core.connections().release(connection);
        }
    }

    /** @return a new session; close it when the unit of work is done */
    public Session openSession() {
        requireOpen();
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

    /** Releases every connection. Entities loaded earlier keep their loaded values; lazy loads now throw {@link DetachedEntityException}. */
    @Override
    public void close() {
        core.close();
    }

    private void requireOpen() {
        if (core.closed()) {
            throw new IllegalStateException("This Database is closed. Create a new one.");
        }
    }
}
