package dev.kinship.benchmarks;

import java.util.List;

/**
 * The blog's tables, with the names Kinship derives from the entity classes: the plural
 * class name as table name, each field name as a column name, {@code Long id} as
 * {@code INTEGER PRIMARY KEY}, booleans as INTEGER 0/1. Every foreign-key column is indexed.
 */
final class BlogSchemaSql {

    /** CREATE statements, parents before children. */
    static final List<String> CREATE = List.of(
            "CREATE TABLE \"Users\" (\"id\" INTEGER PRIMARY KEY, \"username\" TEXT, \"email\" TEXT)",
            "CREATE TABLE \"Profiles\" (\"id\" INTEGER PRIMARY KEY, \"userId\" INTEGER, \"bio\" TEXT,"
                    + " FOREIGN KEY (\"userId\") REFERENCES \"Users\" (\"id\") ON DELETE CASCADE ON UPDATE CASCADE)",
            "CREATE TABLE \"Posts\" (\"id\" INTEGER PRIMARY KEY, \"title\" TEXT, \"body\" TEXT,"
                    + " \"published\" INTEGER, \"authorId\" INTEGER,"
                    + " FOREIGN KEY (\"authorId\") REFERENCES \"Users\" (\"id\") ON DELETE SET NULL ON UPDATE CASCADE)",
            "CREATE TABLE \"Comments\" (\"id\" INTEGER PRIMARY KEY, \"body\" TEXT, \"postId\" INTEGER,"
                    + " \"authorId\" INTEGER,"
                    + " FOREIGN KEY (\"postId\") REFERENCES \"Posts\" (\"id\") ON DELETE SET NULL ON UPDATE CASCADE,"
                    + " FOREIGN KEY (\"authorId\") REFERENCES \"Users\" (\"id\") ON DELETE SET NULL ON UPDATE CASCADE)",
            "CREATE TABLE \"Categories\" (\"id\" INTEGER PRIMARY KEY, \"name\" TEXT)",
            "CREATE TABLE \"PostCategories\" (\"postId\" INTEGER NOT NULL, \"categoryId\" INTEGER NOT NULL,"
                    + " PRIMARY KEY (\"postId\", \"categoryId\"),"
                    + " FOREIGN KEY (\"postId\") REFERENCES \"Posts\" (\"id\") ON DELETE CASCADE ON UPDATE CASCADE,"
                    + " FOREIGN KEY (\"categoryId\") REFERENCES \"Categories\" (\"id\") ON DELETE CASCADE ON UPDATE CASCADE)",
            "CREATE TABLE \"PostLikes\" (\"postId\" INTEGER NOT NULL, \"userId\" INTEGER NOT NULL,"
                    + " PRIMARY KEY (\"postId\", \"userId\"),"
                    + " FOREIGN KEY (\"postId\") REFERENCES \"Posts\" (\"id\") ON DELETE CASCADE ON UPDATE CASCADE,"
                    + " FOREIGN KEY (\"userId\") REFERENCES \"Users\" (\"id\") ON DELETE CASCADE ON UPDATE CASCADE)",
            "CREATE INDEX \"Profiles_userId\" ON \"Profiles\" (\"userId\")",
            "CREATE INDEX \"Posts_authorId\" ON \"Posts\" (\"authorId\")",
            "CREATE INDEX \"Comments_postId\" ON \"Comments\" (\"postId\")",
            "CREATE INDEX \"Comments_authorId\" ON \"Comments\" (\"authorId\")",
            "CREATE INDEX \"PostCategories_categoryId\" ON \"PostCategories\" (\"categoryId\")",
            "CREATE INDEX \"PostLikes_userId\" ON \"PostLikes\" (\"userId\")");

    static final String INSERT_USER = "INSERT INTO \"Users\" (\"id\", \"username\", \"email\") VALUES (?, ?, ?)";
    static final String INSERT_PROFILE = "INSERT INTO \"Profiles\" (\"id\", \"userId\", \"bio\") VALUES (?, ?, ?)";
    static final String INSERT_POST = "INSERT INTO \"Posts\" (\"id\", \"title\", \"body\", \"published\", \"authorId\")"
            + " VALUES (?, ?, ?, ?, ?)";
    static final String INSERT_COMMENT = "INSERT INTO \"Comments\" (\"id\", \"body\", \"postId\", \"authorId\")"
            + " VALUES (?, ?, ?, ?)";
    static final String INSERT_CATEGORY = "INSERT INTO \"Categories\" (\"id\", \"name\") VALUES (?, ?)";
    static final String INSERT_POST_CATEGORY = "INSERT INTO \"PostCategories\" (\"postId\", \"categoryId\") VALUES (?, ?)";
    static final String INSERT_POST_LIKE = "INSERT INTO \"PostLikes\" (\"postId\", \"userId\") VALUES (?, ?)";

    private BlogSchemaSql() {
    }
}
