package dev.kinship.benchmarks.jdbc;

/**
 * The statements of the hand-written plan: a JOIN for a to-one, one IN-list statement per
 * collection level. The many-to-many is written so the join table drives the loop
 * ({@code CROSS JOIN} fixes SQLite's join order): with a large IN list SQLite otherwise may
 * scan {@code Categories} first and probe the join table, several times slower.
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

    static final InListQuery COMMENTS_OF_POSTS = new InListQuery(
            "SELECT c.\"id\", c.\"body\", c.\"postId\", c.\"authorId\" FROM \"Comments\" c WHERE c.\"postId\" IN (",
            ")");

    static final InListQuery COMMENTS_WITH_AUTHOR_OF_POSTS = new InListQuery(
            "SELECT c.\"id\", c.\"body\", c.\"postId\", c.\"authorId\", u.\"id\", u.\"username\", u.\"email\""
                    + " FROM \"Comments\" c LEFT JOIN \"Users\" u ON u.\"id\" = c.\"authorId\""
                    + " WHERE c.\"postId\" IN (",
            ")");

    static final InListQuery CATEGORIES_OF_POSTS = new InListQuery(
            "SELECT pc.\"postId\", c.\"id\", c.\"name\" FROM \"PostCategories\" pc"
                    + " CROSS JOIN \"Categories\" c ON c.\"id\" = pc.\"categoryId\" WHERE pc.\"postId\" IN (",
            ")");

    private JdbcSql() {
    }
}
