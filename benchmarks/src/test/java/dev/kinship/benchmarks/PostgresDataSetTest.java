package dev.kinship.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PostgresDataSetTest {

    /** A size no benchmark uses, so the test may drop its schema. */
    private static final int SCRATCH_POSTS = 3;

    @Test
    void ensure_writesEveryTableWithTheDocumentedRowCounts() throws SQLException {
        PostgresServer.assumeAvailable();
        PostgresDataSet dataSet = PostgresDataSet.ensure(100);
        try (Connection connection = PostgresConnections.open(dataSet.schema())) {
            assertThat(dataSet.schema()).isEqualTo("kinship_bench_100");
            assertThat(count(connection, "Users")).isEqualTo(50);
            assertThat(count(connection, "Profiles")).isEqualTo(50);
            assertThat(count(connection, "Posts")).isEqualTo(100);
            assertThat(count(connection, "Comments")).isEqualTo(500);
            assertThat(count(connection, "Categories")).isEqualTo(20);
            assertThat(count(connection, "PostCategories")).isEqualTo(200);
            assertThat(count(connection, "PostLikes")).isEqualTo(300);
        }
    }

    @Test
    void ensure_sameSize_holdsTheRowsOfTheSqliteDataSet() throws SQLException {
        PostgresServer.assumeAvailable();
        PostgresDataSet postgres = PostgresDataSet.ensure(100);
        try (BlogDataSet sqlite = BlogDataSet.create(100);
             Connection fromSqlite = SqliteConnections.open(sqlite.file());
             Connection fromPostgres = PostgresConnections.open(postgres.schema())) {
            for (String sql : List.of(
                    "SELECT \"id\", \"title\", \"body\", \"published\", \"authorId\" FROM \"Posts\" ORDER BY \"id\"",
                    "SELECT \"id\", \"body\", \"postId\", \"authorId\" FROM \"Comments\" ORDER BY \"id\"",
                    "SELECT \"postId\", \"categoryId\" FROM \"PostCategories\" ORDER BY 1, 2",
                    "SELECT \"id\", \"username\", \"email\" FROM \"Users\" ORDER BY \"id\"",
                    "SELECT \"id\", \"name\" FROM \"Categories\" ORDER BY \"id\"")) {
                assertThat(rows(fromPostgres, sql)).as(sql).isEqualTo(rows(fromSqlite, sql)).isNotEmpty();
            }
        }
    }

    @Test
    void ensure_completeSchemaIsKept_incompleteOneIsWrittenAgain() throws SQLException {
        PostgresServer.assumeAvailable();
        String schema = PostgresDataSet.schemaName(SCRATCH_POSTS);
        try (Connection connection = PostgresConnections.open(null);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            try {
                assertThat(PostgresDataSet.ensure(SCRATCH_POSTS).written()).isTrue();
                assertThat(PostgresDataSet.ensure(SCRATCH_POSTS).written()).isFalse();
                statement.execute("COMMENT ON SCHEMA " + schema + " IS NULL");
                assertThat(PostgresDataSet.ensure(SCRATCH_POSTS).written()).isTrue();
                assertThat(count(connection, schema + ".\"Posts\"")).isEqualTo(SCRATCH_POSTS);
            } finally {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    @Test
    void ensure_createsTheTypesAndIndexesOfKinshipsPostgresqlDialect() throws SQLException {
        PostgresServer.assumeAvailable();
        PostgresDataSet dataSet = PostgresDataSet.ensure(100);
        try (Connection connection = PostgresConnections.open(dataSet.schema())) {
            String column = "SELECT data_type || ' ' || is_identity || ' ' || coalesce(identity_generation, '-')"
                    + " || ' ' || coalesce(collation_name, '-') FROM information_schema.columns"
                    + " WHERE table_schema = current_schema() AND table_name = 'Posts' AND column_name = ";
            assertThat(rows(connection, column + "'id'")).containsExactly("bigint YES BY DEFAULT -");
            assertThat(rows(connection, column + "'published'")).containsExactly("boolean NO - -");
            assertThat(rows(connection, column + "'title'")).containsExactly("text NO - C");
            assertThat(rows(connection, column + "'authorId'")).containsExactly("bigint NO - -");
            assertThat(rows(connection, "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
                    + " AND tablename IN ('Comments', 'PostCategories') ORDER BY 1"))
                    .contains("Comments_authorId", "Comments_postId", "PostCategories_categoryId",
                            "PostCategories_postId");
            assertThat(rows(connection, "SELECT count(*) FROM pg_constraint WHERE contype = 'f'"
                    + " AND connamespace = current_schema()::regnamespace")).containsExactly("8");
        }
    }

    @Test
    void open_noServer_saysHowToStartOneOrSkipIt() {
        String before = System.getProperty(PostgresConnections.URL_PROPERTY);
        System.setProperty(PostgresConnections.URL_PROPERTY, "jdbc:postgresql://127.0.0.1:1/test?user=postgres");
        try {
            assertThatThrownBy(() -> PostgresConnections.open(null))
                    .isInstanceOf(SQLException.class)
                    .hasMessageStartingWith("Could not connect to PostgreSQL at jdbc:postgresql://127.0.0.1:1/test")
                    .hasMessageEndingWith(". Start the server (on Debian: pg_ctlcluster --skip-systemctl-redirect"
                            + " $(ls /etc/postgresql) main start), or name another with -Dkinship.postgresql.url=URL"
                            + " or KINSHIP_POSTGRESQL_URL=URL; benchmarks/run.sh --sqlite runs the SQLite benchmarks"
                            + " alone.");
        } finally {
            if (before == null) {
                System.clearProperty(PostgresConnections.URL_PROPERTY);
            } else {
                System.setProperty(PostgresConnections.URL_PROPERTY, before);
            }
        }
    }

    @Test
    void ensure_noPosts_isRejected() {
        assertThatThrownBy(() -> PostgresDataSet.ensure(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A blog data set needs at least one post, got 0. Pass a positive number of posts.");
    }

    private static long count(Connection connection, String table) throws SQLException {
        String name = table.contains(".") ? table : "\"" + table + "\"";
        return Long.parseLong(rows(connection, "SELECT count(*) FROM " + name).get(0));
    }

    /** Each row as its columns' text joined by '|', booleans as 1 or 0 so both databases read alike. */
    private static List<String> rows(Connection connection, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet result = statement.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    String value = result.getString(c);
                    if ("boolean".equals(result.getMetaData().getColumnTypeName(c)) || "bool".equals(
                            result.getMetaData().getColumnTypeName(c))) {
                        value = result.getBoolean(c) ? "1" : "0";
                    }
                    row.append(c > 1 ? "|" : "").append(value);
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
