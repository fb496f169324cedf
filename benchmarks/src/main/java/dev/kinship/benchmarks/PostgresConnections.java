package dev.kinship.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The one place where the suite opens PostgreSQL connections, so that every contender
 * (hand-written JDBC, Hibernate and Kinship) reads the data set through the same settings.
 *
 * <p>The server is the one {@link #url()} names: by default {@value #DEFAULT_URL} (a local
 * PostgreSQL 13 or later with trust authentication for {@code postgres}, and a database
 * {@code test}); the system property {@value #URL_PROPERTY} or the environment variable
 * {@value #URL_VARIABLE} name another. Each trial opens one physical connection with
 * {@code currentSchema} set to its data set's schema and lends it to every contender through
 * {@link SharedConnectionDataSource}, as the SQLite trials do: borrowing costs nothing, so a
 * time measures the contender and the server, not a pool. pgjdbc keeps its defaults (server-side
 * prepared statements after five executions of the same SQL, whole results fetched at once).
 * All contenders read in auto-commit mode.
 */
public final class PostgresConnections {

    /** The system property that names the server's JDBC URL. */
    public static final String URL_PROPERTY = "kinship.postgresql.url";
    /** The environment variable that names the server's JDBC URL (inherited by JMH's forks). */
    public static final String URL_VARIABLE = "KINSHIP_POSTGRESQL_URL";
    /** The server a benchmark reads from when neither the property nor the variable is set. */
    public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private static final int CONNECT_TIMEOUT_SECONDS = 5;

    private PostgresConnections() {
    }

    /** The JDBC URL of the server: the system property, else the environment variable, else the default. */
    public static String url() {
        String url = System.getProperty(URL_PROPERTY);
        if (url == null || url.isBlank()) {
            url = System.getenv(URL_VARIABLE);
        }
        return url == null || url.isBlank() ? DEFAULT_URL : url;
    }

    /**
     * Opens a physical connection whose unqualified names resolve in {@code schema}.
     *
     * @param schema the schema to read from, or {@code null} for the server's default search path
     * @throws SQLException when no server answers, with a message that says how to start one
     */
    public static Connection open(String schema) throws SQLException {
        return open(schema, false);
    }

    /**
     * A data source over one physical connection to {@code schema}; hand it to every contender
     * of a trial.
     *
     * @throws SQLException when no server answers
     */
    public static SharedConnectionDataSource dataSource(String schema) throws SQLException {
        return new SharedConnectionDataSource(open(schema));
    }

    /** A connection that batches inserts into multi-row statements, for writing the data set. */
    static Connection openForWriting() throws SQLException {
        return open(null, true);
    }

    private static Connection open(String schema, boolean rewriteBatches) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        properties.setProperty("ApplicationName", "kinship-benchmarks");
        if (schema != null) {
            properties.setProperty("currentSchema", schema);
        }
        if (rewriteBatches) {
            properties.setProperty("reWriteBatchedInserts", "true");
        }
        String url = url();
        try {
            return DriverManager.getConnection(url, properties);
        } catch (SQLException e) {
            throw new SQLException("Could not connect to PostgreSQL at " + url + ": " + e.getMessage()
                    + ". Start the server (on Debian: pg_ctlcluster --skip-systemctl-redirect"
                    + " $(ls /etc/postgresql) main start), or name another with -D" + URL_PROPERTY + "=URL or "
                    + URL_VARIABLE + "=URL; benchmarks/run.sh --sqlite runs the SQLite benchmarks alone.",
                    e.getSQLState(), e);
        }
    }
}
