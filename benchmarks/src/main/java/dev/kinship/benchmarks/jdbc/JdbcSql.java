package dev.kinship.benchmarks.jdbc;

import dev.kinship.benchmarks.Workload;

/**
 * The statements of the hand-written plan: a JOIN for a to-one, one IN-list statement per
 * collection level. The single-row and whole-table statements are the same on both databases;
 * the key-list statements differ.
 *
 * <p>On SQLite the many-to-many is written so the join table drives the loop
 * ({@code CROSS JOIN} fixes SQLite's join order): with a large IN list SQLite otherwise may
 * scan {@code Categories} first and probe the join table, several times slower. PostgreSQL
 * refuses {@code CROSS JOIN … ON} and picks the join order itself, so there it is a plain JOIN,
 * and every key list is one {@code bigint[]} parameter ({@code = ANY(?)}).
 */
final class JdbcSql {

    static final String POST_COLUMNS = "p.\"id\", p.\"title\", p.\"body\", p.\"published\", p.\"authorId\"";

    static final String POSTS = "SELECT " + POST_COLUMNS + " FROM \"Posts\" p ORDER BY p.\"id\"";

    static final String POSTS_WITH_AUTHOR = "SELECT " + POST_COLUMNS + ", u.\"id\", u.\"username\", u.\"email\""
            + " FROM \"Posts\" p LEFT JOIN \"Users\" u ON u.\"id\" = p.\"authorId\" ORDER BY p.\"id\"";

    static final String POSTS_PAGE = POSTS + " LIMIT ?";

    static final String POST_BY_ID = "SELECT " + POST_COLUMNS + " FROM \"Posts\" p WHERE p.\"id\" = ?";

    static final String COMMENTS_OF_POST = "SELECT c.\"id\", c.\"body\", c.\"postId\", c.\"authorId\""
            + " FROM \"Comments\" c WHERE c.\"postId\" = ?";

    private static final String COMMENTS = "SELECT c.\"id\", c.\"body\", c.\"postId\", c.\"authorId\""
            + " FROM \"Comments\" c WHERE c.\"postId\"";

    private static final String COMMENTS_WITH_AUTHOR = "SELECT c.\"id\", c.\"body\", c.\"postId\", c.\"authorId\","
            + " u.\"id\", u.\"username\", u.\"email\""
            + " FROM \"Comments\" c LEFT JOIN \"Users\" u ON u.\"id\" = c.\"authorId\" WHERE c.\"postId\"";

    /**
     * W10's posts on SQLite: one author's published posts whose title matches a case-sensitive
     * {@code GLOB} pattern, joined with the author for the order by username.
     */
    static final String FILTERED_POSTS = "SELECT " + POST_COLUMNS + " FROM \"Posts\" p"
            + " JOIN \"Users\" u ON u.\"id\" = p.\"authorId\""
            + " WHERE p.\"authorId\" = ? AND p.\"published\" = ? AND p.\"title\" GLOB ?"
            + " ORDER BY u.\"username\", p.\"id\"";

    /** W10's posts on PostgreSQL, where {@code LIKE} is case-sensitive. */
    static final String PG_FILTERED_POSTS = FILTERED_POSTS.replace("GLOB", "LIKE");

    private static final String LATEST_COMMENTS = "SELECT t.\"id\", t.\"body\", t.\"postId\", t.\"authorId\""
            + " FROM (SELECT c.\"id\", c.\"body\", c.\"postId\", c.\"authorId\","
            + " ROW_NUMBER() OVER (PARTITION BY c.\"postId\" ORDER BY c.\"id\" DESC) AS rn"
            + " FROM \"Comments\" c WHERE c.\"postId\"";

    private static final String LATEST_COMMENTS_END = ") t WHERE t.rn <= " + Workload.LATEST_COMMENTS;

    /** W10's comments: the latest {@value Workload#LATEST_COMMENTS} of each post, by a window over the posts' ids. */
    static final InListQuery LATEST_COMMENTS_OF_POSTS = new InListQuery(LATEST_COMMENTS + " IN (",
            ")" + LATEST_COMMENTS_END);

    static final AnyArrayQuery PG_LATEST_COMMENTS_OF_POSTS = new AnyArrayQuery(
            LATEST_COMMENTS + " = ANY(?)" + LATEST_COMMENTS_END);

    static final InListQuery COMMENTS_OF_POSTS = new InListQuery(COMMENTS + " IN (", ")");

    static final InListQuery COMMENTS_WITH_AUTHOR_OF_POSTS = new InListQuery(COMMENTS_WITH_AUTHOR + " IN (", ")");

    static final InListQuery CATEGORIES_OF_POSTS = new InListQuery(
            "SELECT pc.\"postId\", c.\"id\", c.\"name\" FROM \"PostCategories\" pc"
                    + " CROSS JOIN \"Categories\" c ON c.\"id\" = pc.\"categoryId\" WHERE pc.\"postId\" IN (",
            ")");

    static final AnyArrayQuery PG_COMMENTS_OF_POSTS = new AnyArrayQuery(COMMENTS + " = ANY(?)");

    static final AnyArrayQuery PG_COMMENTS_WITH_AUTHOR_OF_POSTS = new AnyArrayQuery(COMMENTS_WITH_AUTHOR + " = ANY(?)");

    static final AnyArrayQuery PG_CATEGORIES_OF_POSTS = new AnyArrayQuery(
            "SELECT pc.\"postId\", c.\"id\", c.\"name\" FROM \"PostCategories\" pc"
                    + " JOIN \"Categories\" c ON c.\"id\" = pc.\"categoryId\" WHERE pc.\"postId\" = ANY(?)");

    /** The key-list statements of one database. */
    record KeyQueries(KeyListQuery comments, KeyListQuery commentsWithAuthor, KeyListQuery categories,
                      KeyListQuery latestComments) {

        /** SQLite's: IN lists of at most {@code chunk} keys each. */
        static KeyQueries sqlite(int chunk) {
            return new KeyQueries(COMMENTS_OF_POSTS.chunked(chunk), COMMENTS_WITH_AUTHOR_OF_POSTS.chunked(chunk),
                    CATEGORIES_OF_POSTS.chunked(chunk), LATEST_COMMENTS_OF_POSTS.chunked(chunk));
        }

        /** PostgreSQL's: one array parameter each. */
        static KeyQueries postgresql() {
            return new KeyQueries(PG_COMMENTS_OF_POSTS, PG_COMMENTS_WITH_AUTHOR_OF_POSTS, PG_CATEGORIES_OF_POSTS,
                    PG_LATEST_COMMENTS_OF_POSTS);
        }
    }

    private JdbcSql() {
    }
}
