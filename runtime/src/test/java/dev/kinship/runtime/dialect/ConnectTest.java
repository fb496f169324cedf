package dev.kinship.runtime.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.kinship.dsl.KinshipException;
import dev.kinship.runtime.Database;
import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabases;
import dev.kinship.runtime.dialect.Ledger.Account;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code Database.connect}: the dialect from the connection's metadata, and connections that go back to the pool. */
class ConnectTest {

    @TempDir
    Path dir;

    /** @return a DataSource whose connections report {@code product} {@code major}, recording every method called on them */
    private static DataSource reporting(String product, String version, int major, List<String> calls) {
        DatabaseMetaData meta = (DatabaseMetaData) Proxy.newProxyInstance(ConnectTest.class.getClassLoader(),
            new Class<?>[] {DatabaseMetaData.class}, (p, m, a) -> switch (m.getName()) {
                case "getDatabaseProductName" -> product;
                case "getDatabaseProductVersion" -> version;
                case "getDatabaseMajorVersion" -> major;
                default -> throw new UnsupportedOperationException(m.getName());
            });
        Connection connection = (Connection) Proxy.newProxyInstance(ConnectTest.class.getClassLoader(),
            new Class<?>[] {Connection.class}, (p, m, a) -> {
                calls.add(m.getName());
                return switch (m.getName()) {
                    case "getMetaData" -> meta;
                    case "close" -> null;
                    default -> throw new UnsupportedOperationException(m.getName());
                };
            });
        return (DataSource) Proxy.newProxyInstance(ConnectTest.class.getClassLoader(), new Class<?>[] {DataSource.class},
            (p, m, a) -> {
                if (m.getName().equals("getConnection")) {
                    return connection;
                }
                throw new UnsupportedOperationException(m.getName());
            });
    }

    @Test
    void connect_unsupportedDatabase_failsNamingWhatItFoundAndRunsNothing() {
        List<String> calls = new ArrayList<>();

        assertThatThrownBy(() -> Database.connect(reporting("H2", "2.2.224 (2023-09-17)", 2, calls), Ledger.schema()))
            .isInstanceOf(KinshipException.class)
            .hasMessage("Database.connect: the DataSource reaches H2 2.2.224 (2023-09-17), which Kinship does not "
                + "support. Supported: SQLite (3.35 or later) and PostgreSQL 13 or later (and servers that speak its "
                + "protocol). Use Database.sqlite(...) for a SQLite file, or a DataSource of a supported database.");
        assertThat(calls).containsExactly("getMetaData", "close");
    }

    @Test
    void connect_postgresqlOlderThan13_isRefused() {
        assertThatThrownBy(() -> Database.connect(reporting("PostgreSQL", "12.18", 12, new ArrayList<>()),
                Ledger.schema()))
            .isInstanceOf(KinshipException.class)
            .hasMessageStartingWith("Database.connect: the DataSource reaches PostgreSQL 12.18, which Kinship does not "
                + "support.");
    }

    @Test
    void connect_poolOfTwo_sessionsGiveTheirConnectionBackSoThePoolIsNeverStarved() throws Exception {
        HikariConfig config = new HikariConfig();
        config.setDataSource(TestDatabases.dataSource(dir.resolve("pool.db")));
        config.setMaximumPoolSize(2);
        config.setConnectionTimeout(1_000);
        try (HikariDataSource pool = new HikariDataSource(config);
             Database db = Database.connect(pool, Ledger.schema())) {
            db.sync();
            for (int i = 0; i < 5; i++) {
                try (Session s = db.openSession()) {
                    s.insert(new Account("a" + i, i, null));
                }
            }
            assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isZero();
            try (Connection first = pool.getConnection(); Connection second = pool.getConnection()) {
                assertThat(first.isValid(1)).isTrue();
                assertThat(second.isValid(1)).isTrue();
            }
            try (Session s = db.openSession()) {
                assertThat(s.query(Account.class).count()).isEqualTo(5);
            }
        }
    }
}
