package dev.kinship.benchmarks.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The loading steps of the hand-written plan, each one statement (or, on SQLite, one per IN-list chunk). */
final class JdbcLoads {

    private JdbcLoads() {
    }

    /** Every post in id order, keyed by id. */
    static Map<Long, Post> posts(Connection connection, StatementCounter counter) throws SQLException {
        Map<Long, Post> posts = new LinkedHashMap<>();
        counter.executed();
        try (PreparedStatement statement = connection.prepareStatement(JdbcSql.POSTS);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Post post = post(rows);
                posts.put(post.id(), post);
            }
        }
        return posts;
    }

    /** Every post in id order with its author, one JOIN; authors are shared through {@code users}. */
    static Map<Long, Post> postsWithAuthor(Connection connection, StatementCounter counter, Map<Long, User> users)
            throws SQLException {
        Map<Long, Post> posts = new LinkedHashMap<>();
        counter.executed();
        try (PreparedStatement statement = connection.prepareStatement(JdbcSql.POSTS_WITH_AUTHOR);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Post post = post(rows);
                post.author(user(rows, 6, users));
                posts.put(post.id(), post);
            }
        }
        return posts;
    }

    /** Adds to each post its comments, with their authors when {@code withAuthor}. */
    static void comments(Connection connection, Map<Long, Post> posts, boolean withAuthor,
                         JdbcSql.KeyQueries queries, StatementCounter counter, Map<Long, User> users)
            throws SQLException {
        KeyListQuery query = withAuthor ? queries.commentsWithAuthor() : queries.comments();
        query.run(connection, posts.keySet(), counter, rows -> {
            User author = withAuthor ? user(rows, 5, users) : null;
            Comment comment = comment(rows, author);
            posts.get(comment.postId()).comments().add(comment);
        });
    }

    /** Adds to each post its categories, read through PostCategories. */
    static void categories(Connection connection, Map<Long, Post> posts, JdbcSql.KeyQueries queries,
                           StatementCounter counter) throws SQLException {
        Map<Long, Category> categories = new HashMap<>();
        queries.categories().run(connection, posts.keySet(), counter, rows -> {
            long postId = rows.getLong(1);
            long categoryId = rows.getLong(2);
            Category category = categories.get(categoryId);
            if (category == null) {
                category = new Category(categoryId, rows.getString(3));
                categories.put(categoryId, category);
            }
            posts.get(postId).categories().add(category);
        });
    }

    /** A post from columns 1–5 of the current row. */
    static Post post(ResultSet rows) throws SQLException {
        long authorId = rows.getLong(5);
        return new Post(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getBoolean(4),
                rows.wasNull() ? null : authorId);
    }

    /** A comment from columns 1–4 of the current row. */
    static Comment comment(ResultSet rows, User author) throws SQLException {
        long authorId = rows.getLong(4);
        Long authorKey = rows.wasNull() ? null : authorId;
        return new Comment(rows.getLong(1), rows.getString(2), rows.getLong(3), authorKey, author);
    }

    /** The user whose id, username and email start at {@code column}, or null for a null id. */
    private static User user(ResultSet rows, int column, Map<Long, User> users) throws SQLException {
        long id = rows.getLong(column);
        if (rows.wasNull()) {
            return null;
        }
        User user = users.get(id);
        if (user == null) {
            user = new User(id, rows.getString(column + 1), rows.getString(column + 2));
            users.put(id, user);
        }
        return user;
    }
}
