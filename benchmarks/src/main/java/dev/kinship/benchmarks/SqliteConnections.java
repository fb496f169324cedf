package dev.kinship.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteLimits;

/**
 * The one place where the suite opens SQLite connections, so that every contender (hand-written
 * JDBC, Hibernate and Kinship) reads the data set through exactly the same settings.
 *
 * <p>Settings, applied in this order on every connection:
 * <ul>
 *   <li>{@code locking_mode=EXCLUSIVE}: with sqlite-jdbc's default (NORMAL) locking every
 *       statement pays 10–15 µs of file-lock system calls on a 2-core machine, which is noise
 *       as large as the library costs being compared. EXCLUSIVE keeps the lock between
 *       statements. It allows only one connection per file, so each trial opens exactly one
 *       physical connection and hands it to every contender through
 *       {@link SharedConnectionDataSource} (a pool of one); contenders run one at a time.</li>
 *   <li>{@code journal_mode=WAL}: the data set is written in WAL mode (what Kinship sets up for
 *       file databases); set before the first read so that, in exclusive locking mode, SQLite
 *       keeps the WAL index in heap memory instead of a shared-memory file.</li>
 *   <li>{@code foreign_keys=ON}, as Kinship does on every connection.</li>
 *   <li>{@code cache_size=-65536} (64 MiB): the largest data set (20,000 posts, about 25 MB)
 *       stays in SQLite's page cache, so times do not depend on the OS page cache.</li>
 *   <li>{@code busy_timeout=5000}, harmless with a single connection, as Kinship sets it.</li>
 * </ul>
 * All contenders read in auto-commit mode; none of them writes during a measurement.
 */
public final class SqliteConnections {

    /** The pragmas every benchmark connection runs once after opening, in order. */
    public static final List<String> PRAGMAS = List.of(
            "PRAGMA locking_mode = EXCLUSIVE",
            "PRAGMA journal_mode = WAL",
            "PRAGMA foreign_keys = ON",
            "PRAGMA cache_size = -65536",
            "PRAGMA busy_timeout = 5000");

    /** The classic SQLite bound on parameters, used when the driver does not report its own. */
    static final int DEFAULT_MAX_PARAMETERS = 999;

    private SqliteConnections() {
    }

    /**
     * Opens a physical connection to {@code file} with the benchmark settings.
     *
     * @throws SQLException when the file cannot be opened or a pragma fails
     */
    public static Connection open(Path file) throws SQLException {
        Connection connection = DriverManager.getConnection(url(file));
        try (Statement statement = connection.createStatement()) {
            for (String pragma : PRAGMAS) {
                statement.execute(pragma);
            }
        } catch (SQLException e) {
            connection.close();
            throw new SQLException("Could not apply the benchmark pragmas to " + file
                    + ": " + e.getMessage(), e);
        }
        return connection;
    }

    /**
     * A data source over one physical connection to {@code file}, opened with the benchmark
     * settings; hand it to every contender of a trial.
     *
     * @throws SQLException when the file cannot be opened
     */
    public static SharedConnectionDataSource dataSource(Path file) throws SQLException {
        return new SharedConnectionDataSource(open(file));
    }

    /**
     * The JDBC URL of {@code file}.
     */
    public static String url(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }

    /**
     * The most parameters one statement may bind on {@code connection}: SQLite's
     * {@code SQLITE_LIMIT_VARIABLE_NUMBER} as the driver reports it, or 999 where it cannot.
     */
    public static int maxParameters(Connection connection) {
        try {
            SQLiteConnection sqlite = connection.unwrap(SQLiteConnection.class);
            int limit = sqlite.getDatabase().limit(SQLiteLimits.SQLITE_LIMIT_VARIABLE_NUMBER.getId(), -1);
            return limit > 0 ? limit : DEFAULT_MAX_PARAMETERS;
        } catch (SQLException e) {
            return DEFAULT_MAX_PARAMETERS;
        }
    }
}
