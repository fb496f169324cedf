package dev.kinship.runtime.internal.jdbc;

import dev.kinship.runtime.DataAccessException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import org.sqlite.SQLiteConfig;

/**
 * Connections to one SQLite database, kept in a small idle pool. Every connection runs with
 * foreign keys on; a file database uses WAL and a busy timeout; an in-memory database is a
 * shared-cache URI kept alive by one connection until {@link #close()}.
 */
public final class SqliteConnections implements Connections {

    private static final int MAX_IDLE = 8;
    private static final AtomicInteger MEMORY_NAMES = new AtomicInteger();

    private final String url;
    private final SQLiteConfig config;
    private final ConcurrentLinkedDeque<PooledConnection> idle = new ConcurrentLinkedDeque<>();
    private final PooledConnection keepAlive;

    private SqliteConnections(String url, SQLiteConfig config, boolean keepAlive) {
        this.url = url;
        this.config = config;
        this.keepAlive = keepAlive ? open() : null;
    }

    /** A file database: WAL journal, 5 s busy timeout, foreign keys on. */
    public static SqliteConnections file(java.nio.file.Path path) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(5_000);
        return new SqliteConnections("jdbc:sqlite:" + path.toAbsolutePath(), config, false);
    }

    /** An in-memory database that lives until {@link #close()}. */
    public static SqliteConnections memory() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5_000);
        String name = "kinship_" + ProcessHandle.current().pid() + "_" + MEMORY_NAMES.incrementAndGet();
        return new SqliteConnections("jdbc:sqlite:file:" + name + "?mode=memory&cache=shared", config, true);
    }

    private PooledConnection open() {
        try {
            Connection connection = config.createConnection(url);
            return new PooledConnection(connection);
        } catch (SQLException e) {
            throw new DataAccessException("Cannot open SQLite database " + url + ": " + e.getMessage(), e);
        }
    }

    @Override
    public PooledConnection acquire() {
        PooledConnection connection = idle.pollFirst();
        return connection != null ? connection : open();
    }

    @Override
    public void release(PooledConnection connection) {
        try {
            Connection c = connection.connection();
            if (!c.getAutoCommit()) {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            connection.close();
            return;
        }
        if (idle.size() < MAX_IDLE) {
            idle.offerFirst(connection);
        } else {
            connection.close();
        }
    }

    @Override
    public void close() {
        PooledConnection c;
        while ((c = idle.pollFirst()) != null) {
            c.close();
        }
        if (keepAlive != null) {
            keepAlive.close();
        }
    }
}
