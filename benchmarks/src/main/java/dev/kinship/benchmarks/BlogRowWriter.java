package dev.kinship.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Inserts the blog's rows with batched prepared statements, inside the caller's transaction;
 * the same statements on SQLite and PostgreSQL (booleans bound with {@code setBoolean}, which
 * SQLite stores as 1 or 0).
 */
final class BlogRowWriter {

    private static final int BATCH = 1_000;

    private final Connection connection;
    private final BlogText text;

    BlogRowWriter(Connection connection, BlogText text) {
        this.connection = connection;
        this.text = text;
    }

    void write(int posts) throws SQLException {
        writeUsersAndProfiles();
        writeCategories();
        try (PreparedStatement post = connection.prepareStatement(BlogSchemaSql.INSERT_POST);
             PreparedStatement comment = connection.prepareStatement(BlogSchemaSql.INSERT_COMMENT);
             PreparedStatement category = connection.prepareStatement(BlogSchemaSql.INSERT_POST_CATEGORY);
             PreparedStatement like = connection.prepareStatement(BlogSchemaSql.INSERT_POST_LIKE)) {
            long commentId = 0;
            for (int postId = 1; postId <= posts; postId++) {
                post.setLong(1, postId);
                post.setString(2, "Post " + postId + ": " + text.sentence(text.around(40)));
                post.setString(3, text.sentence(text.around(200)));
                post.setBoolean(4, text.chance(3, 4));
                post.setLong(5, text.oneTo(BlogDataSet.USERS));
                post.addBatch();
                for (int c = 0; c < BlogDataSet.COMMENTS_PER_POST; c++) {
                    comment.setLong(1, ++commentId);
                    comment.setString(2, text.sentence(text.around(80)));
                    comment.setLong(3, postId);
                    comment.setLong(4, text.oneTo(BlogDataSet.USERS));
                    comment.addBatch();
                }
                for (int categoryId : text.distinct(BlogDataSet.CATEGORIES_PER_POST, BlogDataSet.CATEGORIES)) {
                    category.setLong(1, postId);
                    category.setLong(2, categoryId);
                    category.addBatch();
                }
                for (int userId : text.distinct(BlogDataSet.LIKES_PER_POST, BlogDataSet.USERS)) {
                    like.setLong(1, postId);
                    like.setLong(2, userId);
                    like.addBatch();
                }
                if (postId % BATCH == 0 || postId == posts) {
                    post.executeBatch();
                    comment.executeBatch();
                    category.executeBatch();
                    like.executeBatch();
                }
            }
        }
    }

    private void writeUsersAndProfiles() throws SQLException {
        try (PreparedStatement user = connection.prepareStatement(BlogSchemaSql.INSERT_USER);
             PreparedStatement profile = connection.prepareStatement(BlogSchemaSql.INSERT_PROFILE)) {
            for (int id = 1; id <= BlogDataSet.USERS; id++) {
                String username = String.format("user%02d", id);
                user.setLong(1, id);
                user.setString(2, username);
                user.setString(3, username + "@example.org");
                user.addBatch();
                profile.setLong(1, id);
                profile.setLong(2, id);
                profile.setString(3, text.sentence(text.around(120)));
                profile.addBatch();
            }
            user.executeBatch();
            profile.executeBatch();
        }
    }

    private void writeCategories() throws SQLException {
        try (PreparedStatement category = connection.prepareStatement(BlogSchemaSql.INSERT_CATEGORY)) {
            for (int id = 1; id <= BlogDataSet.CATEGORIES; id++) {
                category.setLong(1, id);
                category.setString(2, text.words(2, '-'));
                category.addBatch();
            }
            category.executeBatch();
        }
    }
}
