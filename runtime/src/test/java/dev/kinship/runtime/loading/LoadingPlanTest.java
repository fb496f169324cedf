package dev.kinship.runtime.loading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.blog.BlogSchema;
import dev.kinship.runtime.blog.Post;
import dev.kinship.runtime.TestDatabases;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SQLite's plans for the IN-list statements Kinship writes, at a realistic size (2,000 posts):
 * the key indexes drive every IN list, the join table drives a belongsToMany, and no statement
 * sorts its whole result.
 */
@Tag(TestDatabases.SQLITE_ONLY) // EXPLAIN QUERY PLAN
class LoadingPlanTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.inMemory(BlogSchema::schema);

    @BeforeEach
    void seed() {
        BlogData.seed(db.get(), 2_000, 5);
    }

    private List<String> plan(String sql) {
        return db.get().withConnection(c -> {
            try (PreparedStatement statement = c.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
                int parameters = statement.getParameterMetaData().getParameterCount();
                for (int i = 1; i <= parameters; i++) {
                    statement.setLong(i, i);
                }
                List<String> steps = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        steps.add(rows.getString(4));
                    }
                }
                return steps;
            }
        });
    }

    private String lazyStatement(String from, java.util.function.Consumer<Post> touch) {
        try (SqlLog log = SqlLog.start(); Session s = db.open()) {
            s.query(Post.class).list().forEach(touch);
            return log.last("SELECT " + from);
        }
    }

    @Test
    void belongsToManyInList_joinTableDrivesThroughItsKeyAndTargetsComeByPrimaryKey() {
        String sql = lazyStatement("j.", Post::getCategories);

        assertThat(sql).contains("FROM \"PostCategories\" j CROSS JOIN \"Categories\" t0");
        assertThat(plan(sql)).containsExactly(
            "SEARCH j USING COVERING INDEX sqlite_autoindex_PostCategories_1 (postId=?)",
            "SEARCH t0 USING INTEGER PRIMARY KEY (rowid=?)");
    }

    @Test
    void hasManyInList_usesTheForeignKeyIndexWithoutSorting() {
        String sql = lazyStatement("t0.\"id\", t0.\"body\", t0.\"approved\"", Post::getComments);

        assertThat(plan(sql)).containsExactly("SEARCH t0 USING INDEX Comments_postId (postId=?)");
    }

    @Test
    void belongsToInList_usesThePrimaryKey() {
        String sql = lazyStatement("t0.\"id\", t0.\"username\"", Post::getAuthor);

        assertThat(plan(sql)).containsExactly("SEARCH t0 USING INTEGER PRIMARY KEY (rowid=?)");
    }

    @Test
    void includedCollectionsAndAuthor_everyJoinAndInListUsesAKeyIndex() {
        try (SqlLog log = SqlLog.start(); Session s = db.open()) {
            s.query(Post.class).include("author")
                .include("comments", c -> c.include("author").where("approved", true))
                .include("categories").limit(20).list();

            assertThat(log.statements()).hasSize(3);
            for (String sql : log.statements()) {
                assertThat(plan(sql)).noneMatch(step -> step.startsWith("SCAN") && !step.equals("SCAN t0"))
                    .noneMatch(step -> step.contains("TEMP B-TREE"));
            }
        }
    }

    @Test
    void joinedCollectionPage_readsThePageOfRootsThenEachRootsRowsByIndex() {
        try (SqlLog log = SqlLog.start(); Session s = db.open()) {
            s.query(Post.class).include("comments", c -> c.separate(false)).orderBy("id").limit(20).offset(40).list();

            List<String> steps = plan(log.last("SELECT "));
            // the page is read in id order straight from the table; only each post's few comments are sorted
            assertThat(steps).containsExactly("CO-ROUTINE t0", "SCAN t0", "SCAN t0",
                "SEARCH t1 USING INDEX Comments_postId (postId=?) LEFT-JOIN", "USE TEMP B-TREE FOR LAST TERM OF ORDER BY");
        }
    }
}
