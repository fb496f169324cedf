package dev.kinship.benchmarks;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Objects;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * A data source that lends one physical connection to every caller, like a connection pool
 * of size one: {@code getConnection()} costs nothing, and {@code close()} (or {@code abort})
 * on the borrowed connection only rolls back an unfinished transaction and restores
 * auto-commit. The physical connection closes with {@link #close()}.
 *
 * <p>Used because the benchmark connection runs in SQLite's exclusive locking mode (see
 * {@link SqliteConnections}), and on PostgreSQL so that every contender reads through the same
 * connection with no pool in the measurement ({@link PostgresConnections}); it is meant for one
 * thread at a time.
 */
public final class SharedConnectionDataSource implements DataSource, AutoCloseable {

    private final Connection physical;
    private final Connection borrowed;

    SharedConnectionDataSource(Connection physical) {
        this.physical = Objects.requireNonNull(physical, "physical");
        this.borrowed = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new Lender(physical));
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (physical.isClosed()) {
            throw new SQLException("The benchmark connection is closed: the trial that opened it has ended.");
        }
        return borrowed;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    /** Closes the physical connection. */
    @Override
    public void close() throws SQLException {
        physical.close();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // no logging: the data source has nothing to report
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // opening is done once, up front
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("SharedConnectionDataSource does not log through java.util.logging.");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("SharedConnectionDataSource is not a " + type.getName() + ".");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }

    /** Forwards every call to the physical connection, except that close() and abort() only reset it. */
    private static final class Lender implements InvocationHandler {
        private final Connection physical;

        Lender(Connection physical) {
            this.physical = physical;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close", "abort":
                    if (!physical.isClosed() && !physical.getAutoCommit()) {
                        physical.rollback();
                        physical.setAutoCommit(true);
                    }
                    return null;
                case "isClosed":
                    return physical.isClosed();
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "borrowed " + physical;
                default:
                    try {
                        return method.invoke(physical, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
            }
        }
    }
}
