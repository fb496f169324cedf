package dev.kinship.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Whether the PostgreSQL server of {@link PostgresConnections#url()} answers, for the tests that
 * need it. Without a server those tests are skipped, with one line on standard error saying how
 * to enable them; with the environment variable {@code KINSHIP_POSTGRESQL_REQUIRED=true} (as CI
 * runs them, and as the runtime's PostgreSQL tests read it) a missing server fails them instead.
 */
public final class PostgresServer {

    /** The environment variable that turns "no server" from a skip into a failure when {@code true}. */
    static final String REQUIRED_VARIABLE = "KINSHIP_POSTGRESQL_REQUIRED";

    private static String unavailable;
    private static boolean checked;
    private static boolean told;

    private PostgresServer() {
    }

    /** Skips (or, when required, fails) the calling test unless the server answers. */
    public static synchronized void assumeAvailable() {
        if (!checked) {
            try (Connection connection = PostgresConnections.open(null)) {
                unavailable = connection.isValid(5) ? null : "The PostgreSQL server at " + PostgresConnections.url()
                        + " accepted a connection but does not answer.";
            } catch (SQLException e) {
                unavailable = e.getMessage();
            }
            checked = true;
        }
        if (unavailable == null) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv(REQUIRED_VARIABLE))) {
            Assertions.fail(unavailable + " (" + REQUIRED_VARIABLE + "=true requires the server)");
        }
        if (!told) {
            System.err.println("PostgreSQL benchmark tests skipped: no server answers at " + PostgresConnections.url()
                    + ". Start one, or name it with -D" + PostgresConnections.URL_PROPERTY + "=URL; "
                    + REQUIRED_VARIABLE + "=true makes a missing server fail the build.");
            told = true;
        }
        Assumptions.abort("No PostgreSQL server at " + PostgresConnections.url());
    }
}
