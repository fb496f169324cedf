package dev.kinship.benchmarks.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.kinship.benchmarks.BlogDataSet;
import dev.kinship.benchmarks.PostgresConnections;
import dev.kinship.benchmarks.PostgresDataSet;
import dev.kinship.benchmarks.PostgresServer;
import dev.kinship.benchmarks.SqliteConnections;

class JdbcSqlTest {

    @Test
    void categoriesOfPosts_largeInList_joinTableDrivesTheJoin() throws SQLException {
        try (BlogDataSet dataSet = BlogDataSet.create(2_000);
             Connection connection = SqliteConnections.open(dataSet.file())) {
            List<String> plan = plan(connection, JdbcSql.CATEGORIES_OF_POSTS.sql(2_000), 2_000);
            assertThat(plan.get(0)).startsWith("SCAN pc");
            assertThat(plan.get(1)).startsWith("SEARCH c USING INTEGER PRIMARY KEY");
        }
    }

    @Test
    void inListQuery_keysBeyondOneChunk_reusesTheFullChunkStatement() throws SQLException {
        try (BlogDataSet dataSet = BlogDataSet.create(25);
             Connection connection = SqliteConnections.open(dataSet.file())) {
            List<Long> keys = new ArrayList<>();
            for (long id = 1; id <= 25; id++) {
                keys.add(id);
            }
            StatementCounter counter = new StatementCounter();
            List<Long> seen = new ArrayList<>();
            JdbcSql.COMMENTS_OF_POSTS.chunked(10).run(connection, keys, counter, rows -> seen.add(rows.getLong(1)));
            assertThat(counter.total()).isEqualTo(3);
            assertThat(seen).hasSize(25 * BlogDataSet.COMMENTS_PER_POST).doesNotHaveDuplicates();
        }
    }

    @Test
    void anyArrayQuery_manyKeys_runsOneStatementOnPostgresql() throws SQLException {
        PostgresServer.assumeAvailable();
        PostgresDataSet dataSet = PostgresDataSet.ensure(100);
        try (Connection connection = PostgresConnections.open(dataSet.schema())) {
            List<Long> keys = new ArrayList<>();
            for (long id = 1; id <= 25; id++) {
                keys.add(id);
            }
            StatementCounter counter = new StatementCounter();
            List<Long> seen = new ArrayList<>();
            JdbcSql.PG_COMMENTS_OF_POSTS.run(connection, keys, counter, rows -> seen.add(rows.getLong(1)));
            List<Long> categoryPosts = new ArrayList<>();
            JdbcSql.PG_CATEGORIES_OF_POSTS.run(connection, keys, counter, rows -> categoryPosts.add(rows.getLong(1)));
            assertThat(counter.total()).isEqualTo(2);
            assertThat(seen).hasSize(25 * BlogDataSet.COMMENTS_PER_POST).doesNotHaveDuplicates();
            assertThat(categoryPosts).hasSize(25 * BlogDataSet.CATEGORIES_PER_POST);
            assertThat(JdbcSql.PG_COMMENTS_OF_POSTS.sql()).endsWith("WHERE c.\"postId\" = ANY(?)");
        }
    }

    private static List<String> plan(Connection connection, String sql, int parameters) throws SQLException {
        List<String> plan = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
            for (int i = 1; i <= parameters; i++) {
                statement.setLong(i, i);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    plan.add(rows.getString(4));
                }
            }
        }
        return plan;
    }
}
