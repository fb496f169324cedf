package dev.kinship.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

class BlogDataSetTest {

    @Test
    void create_writesEveryTableWithTheDocumentedRowCounts() throws SQLException {
        try (BlogDataSet dataSet = BlogDataSet.create(100);
             Connection connection = SqliteConnections.open(dataSet.file())) {
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
    void create_sameSize_writesTheSameRows() throws SQLException {
        try (BlogDataSet first = BlogDataSet.create(50);
             BlogDataSet second = BlogDataSet.create(50);
             Connection a = SqliteConnections.open(first.file());
             Connection b = SqliteConnections.open(second.file())) {
            String digest = "SELECT group_concat(id || title || body || published || authorId, '') FROM Posts";
            assertThat(text(a, digest)).isEqualTo(text(b, digest));
        }
    }

    @Test
    void open_appliesTheBenchmarkSettings() throws SQLException {
        try (BlogDataSet dataSet = BlogDataSet.create(10);
             Connection connection = SqliteConnections.open(dataSet.file())) {
            assertThat(text(connection, "PRAGMA locking_mode")).isEqualTo("exclusive");
            assertThat(text(connection, "PRAGMA journal_mode")).isEqualTo("wal");
            assertThat(text(connection, "PRAGMA foreign_keys")).isEqualTo("1");
            assertThat(text(connection, "PRAGMA foreign_key_check")).isNull();
        }
    }

    @Test
    void close_deletesTheFile() {
        BlogDataSet dataSet = BlogDataSet.create(10);
        Path file = dataSet.file();
        dataSet.close();
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void create_noPosts_isRejected() {
        assertThatThrownBy(() -> BlogDataSet.create(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A blog data set needs at least one post, got 0. Pass a positive number of posts.");
    }

    private static long count(Connection connection, String table) throws SQLException {
        return Long.parseLong(text(connection, "SELECT count(*) FROM \"" + table + "\""));
    }

    private static String text(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }
}
