package dev.kinship.runtime;

import dev.kinship.dsl.Schema;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteDataSource;

/**
 * The database the runtime's behaviour tests run against: SQLite by default, PostgreSQL when the
 * system property {@code kinship.test.database} is {@code postgresql} (the build's second test
 * run sets it). Every PostgreSQL database is a schema of its own in the server's {@code test}
 * database, dropped when the test JVM ends. Where no PostgreSQL server answers, the PostgreSQL
 * tests are skipped with one line saying how to enable them, unless the environment variable
 * {@code KINSHIP_POSTGRESQL_REQUIRED} is {@code true} (CI), which makes that a failure.
 */
public final class TestDatabases {

    /** The tag of tests about SQLite alone (its DDL text, PRAGMAs, files, EXPLAIN QUERY PLAN). */
    public static final String SQLITE_ONLY = "sqlite-only";

    private static final String URL = System.getProperty("kinship.test.postgresql.url",
        "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = System.getProperty("kinship.test.postgresql.user", "postgres");
    private static final boolean POSTGRESQL = "postgresql".equals(System.getProperty("kinship.test.database"));
    private static final String RUN = "kt" + Long.toString(ProcessHandle.current().pid(), 36) + "_"
        + UUID.randomUUID().toString().substring(0, 6);
    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static final List<String> CREATED = new CopyOnWriteArrayList<>();
    private static volatile Boolean reachable;

    private TestDatabases() {
    }

    /** @return whether the tests run against PostgreSQL */
    public static boolean postgresql() {
        return POSTGRESQL;
    }

    /** @return what the database says when {@code table} does not exist */
    public static String noSuchTable(String table) {
        return POSTGRESQL ? "relation \"" + table + "\" does not exist" : "no such table: " + table;
    }

    /** @return a new, empty database of {@code schema} (not synced): in memory, or a fresh PostgreSQL schema */
    public static Database open(Schema schema) {
        return POSTGRESQL ? Database.connect(postgresDataSource(), schema) : Database.inMemory(schema);
    }

    /**
     * @return a DataSource of a new, empty database: the SQLite file {@code sqliteFile}, or a fresh
     *         PostgreSQL schema
     */
    public static DataSource dataSource(Path sqliteFile) {
        if (POSTGRESQL) {
            return postgresDataSource();
        }
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + sqliteFile.toAbsolutePath());
        return source;
    }

    /** @return a DataSource whose connections work in a new, empty schema of the PostgreSQL server */
    public static DataSource postgresDataSource() {
        requireServer();
        String schema = RUN + "_" + SCHEMAS.incrementAndGet();
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create schema " + schema + ": " + e.getMessage(), e);
        }
        CREATED.add(schema);
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(URL);
        source.setUser(USER);
        source.setCurrentSchema(schema);
        return source;
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection(URL, USER, "");
    }

    private static void requireServer() {
        if (reachable == null) {
            synchronized (TestDatabases.class) {
                if (reachable == null) {
                    reachable = probe();
                }
            }
        }
        if (!reachable) {
            String line = "PostgreSQL tests skipped: no server answers at " + URL + " (user " + USER + "). Start one "
                + "(or point -Dkinship.test.postgresql.url at it) and run mvn -B verify again; with "
                + "KINSHIP_POSTGRESQL_REQUIRED=true a missing server fails the build.";
            if ("true".equalsIgnoreCase(System.getenv("KINSHIP_POSTGRESQL_REQUIRED"))) {
                throw new IllegalStateException(line.replace("tests skipped", "tests cannot run"));
            }
            Assumptions.abort(line);
        }
    }

    private static boolean probe() {
        try (Connection c = admin()) {
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropSchemas, "drop-test-schemas"));
            return c.isValid(5);
        } catch (SQLException e) {
            System.err.println("PostgreSQL tests skipped: no server answers at " + URL + " (" + e.getMessage()
                + "). Start one and run mvn -B verify again; set KINSHIP_POSTGRESQL_REQUIRED=true to make this a "
                + "failure.");
            return false;
        }
    }

    private static void dropSchemas() {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            for (String schema : CREATED) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        } catch (SQLException e) {
            // the server is gone: its schemas go with it, or with the next cleanup
        }
    }
}
