package dev.kinship.runtime.internal.jdbc;

import dev.kinship.runtime.DataAccessException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.sqlite.SQLiteConfig;

/**
 * Connections to one SQLite database, kept in a small idle pool. Every connection runs with
 * foreign keys on and a busy timeout. A file database uses the WAL journal. An in-memory
 * database lives in SQLite's {@code memdb} VFS under a name of its own, kept alive by one
 * connection until {@link #close()}: unlike a shared-cache database, its connections lock like a
 * file's, so writers on several threads wait for each other instead of failing. {@link #close()}
 * closes every connection, also those sessions still hold.
 */
public final class SqliteConnections implements Connections {

    private static final int MAX_IDLE = 8;
    private static final int BUSY_TIMEOUT_MILLIS = 5_000;

    private final String url;
    private final String description;
    private final SQLiteConfig config;
    private final ConcurrentLinkedDeque<PooledConnection> idle = new ConcurrentLinkedDeque<>();
    private final Set<PooledConnection> open = ConcurrentHashMap.newKeySet();
    private final PooledConnection keepAlive;
    private volatile boolean closed;

    private SqliteConnections(String url, String description, SQLiteConfig config, boolean keepAlive) {
        this.url = url;
        this.description = description;
        this.config = config;
        PooledConnection first = open();
        if (keepAlive) {
            this.keepAlive = first;
        } else {
            this.keepAlive = null;
            idle.offerFirst(first);
        }
    }

    /**
     * A file database: WAL journal, busy timeout, foreign keys on. Opens its first connection at
     * once, so that a file that cannot be opened fails here.
     *
     * @throws DataAccessException naming the file when SQLite cannot open it
     */
    public static SqliteConnections file(Path path) {
        SQLiteConfig config = config();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        Path file = path.toAbsolutePath();
        return new SqliteConnections("jdbc:sqlite:" + file, "file '" + file + "'", config, false);
    }

    /** An in-memory database that lives until {@link #close()}. */
    public static SqliteConnections memory() {
        String name = "/kinship-" + UUID.randomUUID();
        return new SqliteConnections("jdbc:sqlite:file:" + name + "?vfs=memdb", "in-memory database " + name,
            config(), true);
    }

    private static SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        return config;
    }

    private PooledConnection open() {
        try {
            Connection connection = config.createConnection(url);
            PooledConnection pooled = new PooledConnection(connection);
            open.add(pooled);
            return pooled;
        } catch (SQLException e) {
            throw new DataAccessException("Cannot open the SQLite " + description + ": " + e.getMessage()
                + ". Check that its directory exists and that Kinship may write there.", e);
        }
    }

    @Override
    public PooledConnection acquire() {
        requireOpen();
        PooledConnection connection = idle.pollFirst();
        if (connection == null) {
            connection = open();
        }
        if (closed) {
            forget(connection);
            requireOpen();
        }
        return connection;
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("The connections to the SQLite " + description + " are closed: its "
                + "Database was closed. Create a new Database.");
        }
    }

    @Override
    public void release(PooledConnection connection) {
        if (closed || connection.discarded()) {
            forget(connection);
            return;
        }
        try {
            Connection c = connection.connection();
            if (!c.getAutoCommit()) {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            forget(connection);
            return;
        }
        if (idle.size() < MAX_IDLE) {
            idle.offerFirst(connection);
            if (closed && idle.remove(connection)) {
                forget(connection);
            }
        } else {
            forget(connection);
        }
    }

    private void forget(PooledConnection connection) {
        open.remove(connection);
        connection.close();
    }

    /** Closes every connection: idle ones, ones sessions still hold, and the one keeping a memory database alive. */
    @Override
    public void close() {
        closed = true;
        PooledConnection c;
        while ((c = idle.pollFirst()) != null) {
            forget(c);
        }
        for (PooledConnection held : open) {
            if (held != keepAlive) {
                held.abort();
            }
        }
        if (keepAlive != null) {
            forget(keepAlive);
        }
        open.clear();
    }
}
