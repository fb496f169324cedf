package dev.kinship.runtime.loading;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import dev.kinship.runtime.TestDatabases;
import javax.sql.DataSource;

/** A SQLite file DataSource that counts the connections handed out and not yet closed. */
final class CountingDataSource implements DataSource {

    private final DataSource target;
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger opened = new AtomicInteger();

    CountingDataSource(java.nio.file.Path file) {
        this.target = TestDatabases.dataSource(file);
    }

    /** @return connections handed out and not closed yet */
    int open() {
        return open.get();
    }

    /** @return connections handed out so far */
    int opened() {
        return opened.get();
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection real = target.getConnection();
        open.incrementAndGet();
        opened.incrementAndGet();
        boolean[] closed = {false};
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
                if (method.getName().equals("close") && !closed[0]) {
                    closed[0] = true;
                    open.decrementAndGet();
                }
                try {
                    return method.invoke(real, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });
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
