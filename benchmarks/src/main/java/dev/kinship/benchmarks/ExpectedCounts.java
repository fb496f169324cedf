package dev.kinship.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * What each workload must load from a data set, known from how the data set is generated:
 * the trial check compares every contender, hand-written JDBC included, against these.
 */
final class ExpectedCounts {

    private ExpectedCounts() {
    }

    /**
     * The counts (without checksum, which only contenders can agree on) a workload must
     * return on a data set of {@code posts} posts.
     */
    static GraphCounts of(Workload workload, int posts) {
        long comments = (long) posts * BlogDataSet.COMMENTS_PER_POST;
        long links = (long) posts * BlogDataSet.CATEGORIES_PER_POST;
        return switch (workload) {
            case W1 -> new GraphCounts(posts, 0, 0, posts, 0);
            case W2 -> new GraphCounts(posts, comments, 0, 0, 0);
            case W3 -> new GraphCounts(posts, 0, links, 0, 0);
            case W4, W6 -> new GraphCounts(posts, comments, links, posts + comments, 0);
            case W5 -> new GraphCounts(1, BlogDataSet.COMMENTS_PER_POST, 0, 0, 0);
            case W7 -> new GraphCounts(posts, 0, 0, 0, 0);
            case W8 -> new GraphCounts(1, 0, 0, 0, 0);
            case W9 -> new GraphCounts(Math.min(posts, Workload.QUERY_ROWS), 0, 0, 0, 0);
            case W10 -> throw new IllegalArgumentException("W10's counts depend on the rows its conditions match;"
                    + " read them with ExpectedCounts.ofFilteredQuery(dataSource).");
        };
    }

    /**
     * W10's counts, read from the data set with the plainest statement (the author's posts,
     * filtered in Java, independent of every contender's SQL): the matching posts, each with
     * {@link Workload#LATEST_COMMENTS} of its {@value BlogDataSet#COMMENTS_PER_POST} comments.
     */
    static GraphCounts ofFilteredQuery(DataSource dataSource) {
        long posts = 0;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT \"title\", \"published\" FROM \"Posts\" WHERE \"authorId\" = ?")) {
            statement.setLong(1, Workload.FILTER_AUTHOR_ID);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (rows.getBoolean(2) && rows.getString(1).contains(Workload.FILTER_TITLE_CONTAINS)) {
                        posts++;
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count W10's posts in the data set: " + e.getMessage(), e);
        }
        long comments = posts * Math.min(Workload.LATEST_COMMENTS, BlogDataSet.COMMENTS_PER_POST);
        return new GraphCounts(posts, comments, 0, 0, 0);
    }

    /** Whether {@code actual} matches {@code expected} on every count but the checksum. */
    static boolean matches(GraphCounts expected, GraphCounts actual) {
        return expected.posts() == actual.posts()
                && expected.comments() == actual.comments()
                && expected.categoryLinks() == actual.categoryLinks()
                && expected.authors() == actual.authors();
    }
}
