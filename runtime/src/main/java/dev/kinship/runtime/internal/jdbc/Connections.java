package dev.kinship.runtime.internal.jdbc;

/** Where sessions get their connections. Thread-safe. */
public interface Connections extends AutoCloseable {

    /** @return a connection with foreign keys on and auto-commit on */
    PooledConnection acquire();

    /** Gives a connection back (rolled back if a transaction was left open). */
    void release(PooledConnection connection);

    @Override
    void close();
}
