package dev.kinship.benchmarks.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import dev.kinship.benchmarks.Engine;
import dev.kinship.benchmarks.GraphCounts;
import dev.kinship.benchmarks.SqliteConnections;
import dev.kinship.benchmarks.Workload;

/**
 * The reference contender: the best plan written by hand over plain JDBC, into plain Java
 * objects. A JOIN for a to-one; one key-list statement per collection level (on SQLite an IN
 * list chunked to the driver's parameter limit, the statement of a full chunk reused; on
 * PostgreSQL one {@code = ANY(?)} array parameter); an identity map only where rows repeat
 * (users, categories). Each method loads its workload, walks what it loaded into
 * {@link GraphCounts}, and counts its statements in {@link #statements()}. Statements are
 * prepared on every call, as plain JDBC code usually does (pgjdbc still reuses the server-side
 * statement of a SQL text it has seen five times on the connection).
 */
public final class HandWrittenJdbc {

    private final DataSource dataSource;
    private final StatementCounter counter = new StatementCounter();
    private final JdbcSql.KeyQueries keyQueries;
    private final String filteredPosts;
    private final String titlePattern;

    /**
     * The contender on SQLite.
     *
     * @throws IllegalStateException when no connection can be borrowed from {@code dataSource}
     */
    public HandWrittenJdbc(DataSource dataSource) {
        this(dataSource, Engine.SQLITE);
    }

    /**
     * The contender on {@code engine}, with that database's key-list statements.
     *
     * @throws IllegalStateException when no connection can be borrowed from {@code dataSource}
     */
    public HandWrittenJdbc(DataSource dataSource, Engine engine) {
        this.dataSource = dataSource;
        boolean postgresql = engine == Engine.POSTGRESQL;
        this.filteredPosts = postgresql ? JdbcSql.PG_FILTERED_POSTS : JdbcSql.FILTERED_POSTS;
        this.titlePattern = postgresql ? "%" + Workload.FILTER_TITLE_CONTAINS + "%"
                : "*" + Workload.FILTER_TITLE_CONTAINS + "*";
        if (postgresql) {
            this.keyQueries = JdbcSql.KeyQueries.postgresql();
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            this.keyQueries = JdbcSql.KeyQueries.sqlite(SqliteConnections.maxParameters(connection));
        } catch (SQLException e) {
            throw new IllegalStateException("Hand-written JDBC could not borrow a connection: " + e.getMessage(), e);
        }
    }

    /** Statements executed so far by this contender. */
    public long statements() {
        return counter.total();
    }

    /** W1: every post with its author, one JOIN. */
    public GraphCounts postsWithAuthor() {
        return run(connection -> JdbcGraphWalk.counts(
                JdbcLoads.postsWithAuthor(connection, counter, new HashMap<>()).values()));
    }

    /** W2: every post, then the comments of all of them in one IN-list statement. */
    public GraphCounts postsWithComments() {
        return run(connection -> {
            Map<Long, Post> posts = JdbcLoads.posts(connection, counter);
            JdbcLoads.comments(connection, posts, false, keyQueries, counter, new HashMap<>());
            return JdbcGraphWalk.counts(posts.values());
        });
    }

    /** W3: every post, then the categories of all of them through PostCategories. */
    public GraphCounts postsWithCategories() {
        return run(connection -> {
            Map<Long, Post> posts = JdbcLoads.posts(connection, counter);
            JdbcLoads.categories(connection, posts, keyQueries, counter);
            return JdbcGraphWalk.counts(posts.values());
        });
    }

    /**
     * W4 (and the reference for W6): posts joined with authors, comments joined with their
     * authors, categories: three statements at any size up to the parameter limit.
     */
    public GraphCounts fullGraph() {
        return run(connection -> {
            Map<Long, User> users = new HashMap<>();
            Map<Long, Post> posts = JdbcLoads.postsWithAuthor(connection, counter, users);
            JdbcLoads.comments(connection, posts, true, keyQueries, counter, users);
            JdbcLoads.categories(connection, posts, keyQueries, counter);
            return JdbcGraphWalk.counts(posts.values());
        });
    }

    /** W5: one post by id, then its comments. */
    public GraphCounts findPostWithComments(long postId) {
        return run(connection -> {
            Post post = null;
            counter.executed();
            try (PreparedStatement statement = connection.prepareStatement(JdbcSql.POST_BY_ID)) {
                statement.setLong(1, postId);
                try (ResultSet rows = statement.executeQuery()) {
                    if (rows.next()) {
                        post = JdbcLoads.post(rows);
                    }
                }
            }
            if (post == null) {
                throw new IllegalStateException("Post " + postId + " does not exist in the data set.");
            }
            counter.executed();
            try (PreparedStatement statement = connection.prepareStatement(JdbcSql.COMMENTS_OF_POST)) {
                statement.setLong(1, postId);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        post.comments().add(JdbcLoads.comment(rows, null));
                    }
                }
            }
            return JdbcGraphWalk.counts(List.of(post));
        });
    }

    /** W7: every post read one row at a time and dropped once counted. */
    public GraphCounts streamPosts() {
        return run(connection -> {
            GraphCounts.Tally tally = GraphCounts.tally();
            counter.executed();
            try (PreparedStatement statement = connection.prepareStatement(JdbcSql.POSTS)) {
                statement.setFetchSize(500);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        JdbcGraphWalk.walk(JdbcLoads.post(rows), tally);
                    }
                }
            }
            return tally.counts();
        });
    }

    /** W8: one post by id, mapped to a plain object. */
    public GraphCounts findPost(long postId) {
        return run(connection -> {
            counter.executed();
            try (PreparedStatement statement = connection.prepareStatement(JdbcSql.POST_BY_ID)) {
                statement.setLong(1, postId);
                try (ResultSet rows = statement.executeQuery()) {
                    List<Post> posts = new ArrayList<>(1);
                    if (rows.next()) {
                        posts.add(JdbcLoads.post(rows));
                    }
                    return JdbcGraphWalk.counts(posts);
                }
            }
        });
    }

    /** W9: the first {@code limit} posts by id, mapped to plain objects. */
    public GraphCounts queryPosts(int limit) {
        return run(connection -> {
            counter.executed();
            try (PreparedStatement statement = connection.prepareStatement(JdbcSql.POSTS_PAGE)) {
                statement.setInt(1, limit);
                try (ResultSet rows = statement.executeQuery()) {
                    List<Post> posts = new ArrayList<>(limit);
                    while (rows.next()) {
                        posts.add(JdbcLoads.post(rows));
                    }
                    return JdbcGraphWalk.counts(posts);
                }
            }
        });
    }

    /**
     * W10: one author's published posts whose title contains "a" (case-sensitively), ordered by
     * the author's username and id, then the latest {@value Workload#LATEST_COMMENTS} comments of
     * each by a window function over the posts' ids: two statements.
     */
    public GraphCounts filteredPostsWithLatestComments() {
        return run(connection -> {
            Map<Long, Post> posts = new LinkedHashMap<>();
            counter.executed();
            try (PreparedStatement statement = connection.prepareStatement(filteredPosts)) {
                statement.setLong(1, Workload.FILTER_AUTHOR_ID);
                statement.setBoolean(2, true);
                statement.setString(3, titlePattern);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        Post post = JdbcLoads.post(rows);
                        posts.put(post.id(), post);
                    }
                }
            }
            if (!posts.isEmpty()) {
                keyQueries.latestComments().run(connection, posts.keySet(), counter, rows -> {
                    Comment comment = JdbcLoads.comment(rows, null);
                    posts.get(comment.postId()).comments().add(comment);
                });
            }
            return JdbcGraphWalk.counts(posts.values());
        });
    }

    private GraphCounts run(Work work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.on(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Hand-written JDBC failed: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Work {
        GraphCounts on(Connection connection) throws SQLException;
    }
}
