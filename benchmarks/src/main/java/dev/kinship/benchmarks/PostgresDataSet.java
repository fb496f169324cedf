package dev.kinship.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The blog of {@link BlogDataSet} — the same seed, so the same rows for the same size — in a
 * PostgreSQL schema of its own per size, {@code kinship_bench_<posts>}. Unlike the SQLite file
 * it is kept between trials and runs: {@link #ensure(int)} writes it only when the schema is
 * absent or incomplete, in one transaction, then analyses every table ({@code ANALYZE}) and
 * only then marks the schema complete (a comment on the schema naming size, seed and layout).
 * An advisory lock keeps two processes from writing the same schema at once.
 */
public final class PostgresDataSet {

    /** Raised whenever the tables, their types or the rows written change, so older schemas are rewritten. */
    static final int LAYOUT = 1;

    private static final long LOCK_KEY = 0x6b696e7368697062L;

    private final String schema;
    private final int posts;
    private final boolean written;

    private PostgresDataSet(String schema, int posts, boolean written) {
        this.schema = schema;
        this.posts = posts;
        this.written = written;
    }

    /**
     * The data set with {@code posts} posts, written first if its schema is absent or incomplete.
     *
     * @throws IllegalArgumentException when {@code posts} is not positive
     * @throws IllegalStateException when no server answers or the data set cannot be written
     */
    public static PostgresDataSet ensure(int posts) {
        if (posts < 1) {
            throw new IllegalArgumentException("A blog data set needs at least one post, got " + posts
                    + ". Pass a positive number of posts.");
        }
        String schema = schemaName(posts);
        try (Connection connection = PostgresConnections.openForWriting()) {
            if (complete(connection, schema, posts)) {
                return new PostgresDataSet(schema, posts, false);
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_lock(" + LOCK_KEY + ")");
            }
            try {
                if (complete(connection, schema, posts)) {
                    return new PostgresDataSet(schema, posts, false);
                }
                write(connection, schema, posts);
                return new PostgresDataSet(schema, posts, true);
            } finally {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SELECT pg_advisory_unlock(" + LOCK_KEY + ")");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not provide the PostgreSQL blog data set with " + posts
                    + " posts in schema " + schema + ": " + e.getMessage(), e);
        }
    }

    /** The schema of the data set with {@code posts} posts. */
    public static String schemaName(int posts) {
        return "kinship_bench_" + posts;
    }

    /** The schema holding the tables; open it with {@link PostgresConnections}. */
    public String schema() {
        return schema;
    }

    /** The number of posts in the data set. */
    public int posts() {
        return posts;
    }

    /** Whether {@link #ensure(int)} wrote the data set (false: it was already complete). */
    public boolean written() {
        return written;
    }

    /** What the comment on a complete schema says. */
    static String mark(int posts) {
        return "Kinship benchmark blog: " + posts + " posts, seed " + BlogDataSet.SEED + ", layout " + LAYOUT;
    }

    private static boolean complete(Connection connection, String schema, int posts) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT obj_description(n.oid, 'pg_namespace') FROM pg_namespace n WHERE n.nspname = ?")) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() && mark(posts).equals(rows.getString(1));
            }
        }
    }

    private static void write(Connection connection, String schema, int posts) throws SQLException {
        connection.setAutoCommit(false);
        try {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                statement.execute("CREATE SCHEMA " + schema);
                statement.execute("SET LOCAL search_path TO " + schema);
                for (String ddl : PostgresSchemaSql.CREATE) {
                    statement.execute(ddl);
                }
            }
            new BlogRowWriter(connection, new BlogText(BlogDataSet.SEED)).write(posts);
            try (Statement statement = connection.createStatement()) {
                for (String table : PostgresSchemaSql.IDENTITY_TABLES) {
                    String qualified = schema + ".\"" + table + "\"";
                    statement.execute("SELECT setval(pg_get_serial_sequence('" + qualified.replace("'", "''")
                            + "', 'id'), (SELECT max(\"id\") FROM " + qualified + "))");
                }
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
        try (Statement statement = connection.createStatement()) {
            for (String table : PostgresSchemaSql.TABLES) {
                statement.execute("ANALYZE " + schema + ".\"" + table + "\"");
            }
            statement.execute("COMMENT ON SCHEMA " + schema + " IS '" + mark(posts) + "'");
        }
    }
}
