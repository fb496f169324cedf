package dev.kinship.runtime.core;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import dev.kinship.runtime.TestDatabases;
import javax.sql.DataSource;

/**
 * A real DataSource (SQLite, or PostgreSQL in the PostgreSQL test run) whose connections report what happens to them: how many were
 * opened and closed, and the text of every statement prepared on them. Optionally hands out its
 * connections with auto-commit off, as pools configured that way do.
 */
final class TrackingDataSource implements DataSource {

    private final DataSource target;
    private final boolean autoCommitOff;
    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicInteger closed = new AtomicInteger();
    private final List<String> prepared = new CopyOnWriteArrayList<>();

    TrackingDataSource(Path file, boolean autoCommitOff) {
        this.target = TestDatabases.dataSource(file);
        this.autoCommitOff = autoCommitOff;
    }

    int opened() {
        return opened.get();
    }

    int closed() {
        return closed.get();
    }

    /** @return the text of every statement prepared so far, in order, once per prepareStatement call */
    List<String> prepared() {
        return prepared;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = target.getConnection();
        if (autoCommitOff) {
            connection.setAutoCommit(false);
        }
        opened.incrementAndGet();
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("prepareStatement")) {
                prepared.add((String) args[0]);
            } else if (method.getName().equals("close") && !connection.isClosed()) {
                closed.incrementAndGet();
            }
            try {
                return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class}, handler);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
