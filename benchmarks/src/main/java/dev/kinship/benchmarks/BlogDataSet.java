package dev.kinship.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The guide's blog as a temporary SQLite file, generated deterministically (fixed seed) so
 * that every trial of every contender reads the same rows.
 *
 * <p>Contents: {@value #USERS} users, one profile each, the requested number of posts (a
 * ~200-character body, a random author, three in four published),
 * {@value #COMMENTS_PER_POST} comments per post (~80 characters, random authors),
 * {@value #CATEGORIES} categories, {@value #CATEGORIES_PER_POST} distinct categories per post
 * and {@value #LIKES_PER_POST} likes per post. Ids start at 1 and are dense. The file is
 * written in one transaction with batched prepared statements, analysed ({@code ANALYZE}),
 * and deleted by {@link #close()}.
 */
public final class BlogDataSet implements AutoCloseable {

    /** Users in every data set. */
    public static final int USERS = 50;
    /** Categories in every data set. */
    public static final int CATEGORIES = 20;
    /** Comments on every post. */
    public static final int COMMENTS_PER_POST = 5;
    /** Categories of every post. */
    public static final int CATEGORIES_PER_POST = 2;
    /** Likes of every post. */
    public static final int LIKES_PER_POST = 3;
    /** The seed of every data set: the same size always gives the same rows. */
    public static final long SEED = 20_240_917L;

    private final Path file;
    private final int posts;

    private BlogDataSet(Path file, int posts) {
        this.file = file;
        this.posts = posts;
    }

    /**
     * Writes a new data set with {@code posts} posts to a temporary file.
     *
     * @throws IllegalArgumentException when {@code posts} is not positive
     * @throws IllegalStateException when the file cannot be written
     */
    public static BlogDataSet create(int posts) {
        if (posts < 1) {
            throw new IllegalArgumentException("A blog data set needs at least one post, got " + posts
                    + ". Pass a positive number of posts.");
        }
        Path file;
        try {
            file = Files.createTempFile("kinship-blog-" + posts + "-", ".db");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a temporary file for the blog data set", e);
        }
        BlogDataSet dataSet = new BlogDataSet(file, posts);
        try (Connection connection = DriverManager.getConnection(SqliteConnections.url(file))) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode = WAL");
                statement.execute("PRAGMA synchronous = OFF");
                statement.execute("PRAGMA foreign_keys = ON");
            }
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String ddl : BlogSchemaSql.CREATE) {
                    statement.execute(ddl);
                }
            }
            new BlogRowWriter(connection, new BlogText(SEED)).write(posts);
            connection.commit();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE");
                statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        } catch (SQLException e) {
            dataSet.close();
            throw new IllegalStateException("Could not write the blog data set with " + posts + " posts to "
                    + file + ": " + e.getMessage(), e);
        }
        return dataSet;
    }

    /** The SQLite file; open it with {@link SqliteConnections}. */
    public Path file() {
        return file;
    }

    /** The number of posts in the data set. */
    public int posts() {
        return posts;
    }

    /** Total comments in the data set. */
    public long comments() {
        return (long) posts * COMMENTS_PER_POST;
    }

    /** Deletes the file and its WAL companions. */
    @Override
    public void close() {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            Path path = file.resolveSibling(file.getFileName() + suffix);
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not delete the blog data set file " + path, e);
            }
        }
    }
}
