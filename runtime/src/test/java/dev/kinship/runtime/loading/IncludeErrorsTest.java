package dev.kinship.runtime.loading;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kinship.dsl.KinshipException;
import dev.kinship.runtime.DataAccessException;
import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.blog.BlogSchema;
import dev.kinship.runtime.blog.Post;
import dev.kinship.runtime.TestDatabases;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Includes name associations by alias; each misuse says what the model has. */
class IncludeErrorsTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.inMemory(BlogSchema::schema);

    @Test
    void include_unknownAlias_listsTheModelsAliases() {
        try (Session s = db.open()) {
            assertThatThrownBy(() -> s.query(Post.class).include("writer"))
                .isInstanceOf(KinshipException.class)
                .hasMessage("include(\"writer\"): Post has no association 'writer'. Its associations: [author, comments, "
                    + "categories, likedBy].");
        }
    }

    @Test
    void include_modelAssociatedTwice_mustUseAnAlias() {
        try (Session s = db.open()) {
            assertThatThrownBy(() -> s.query(Post.class).include("user"))
                .isInstanceOf(KinshipException.class)
                .hasMessage("include(\"user\"): Post has no association 'user'. Its associations: [author, comments, "
                    + "categories, likedBy]. User is associated with Post 2 times, as 'author' and 'likedBy': include "
                    + "it by one of those aliases.");
        }
    }

    @Test
    void include_modelNameOfAnAssociation_suggestsItsAlias() {
        try (Session s = db.open()) {
            assertThatThrownBy(() -> s.query(Post.class).include("Comment"))
                .isInstanceOf(KinshipException.class)
                .hasMessageEndingWith("Did you mean 'comments'?");
        }
    }

    @Test
    void include_unknownNestedAlias_namesTheNestedModel() {
        try (Session s = db.open()) {
            assertThatThrownBy(() -> s.query(Post.class).include("comments", c -> c.include("likes")))
                .isInstanceOf(KinshipException.class)
                .hasMessage("include(\"likes\"): Comment has no association 'likes'. Its associations: [post, author].");
        }
    }

    @Test
    void include_failingStatement_wrapsTheSqlExceptionWithAliasOwnersAndStatement() {
        BlogData.seed(db.get(), 3, 1);
        Rows.exec(db.get(), "DROP TABLE \"PostCategories\"");
        try (Session s = db.open()) {
            assertThatThrownBy(() -> s.query(Post.class).include("categories").orderBy("id").list())
                .isInstanceOf(DataAccessException.class)
                .hasMessageStartingWith("include(\"categories\") of Post failed for 3 Post(s), starting with Post#1: ")
                .hasMessageContaining(TestDatabases.noSuchTable("PostCategories"))
                .hasMessageContaining(". Statement: SELECT j.\"postId\", j.\"categoryId\", t0.\"id\"")
                .hasCauseInstanceOf(SQLException.class);
        }
    }

    @Test
    void include_whereOnUnknownField_listsTheTargetsFields() {
        try (Session s = db.open()) {
            assertThatThrownBy(() -> s.query(Post.class).include("comments", c -> c.where("text", "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("include(\"comments\").where(\"text\", ...): Comment has no field 'text'. Its fields: "
                    + "[id, body, approved, postId, authorId].");
        }
    }

    @Test
    void include_throughWhereOnHasMany_saysItIsForBelongsToMany() {
        try (Session s = db.open()) {
            assertThatThrownBy(() -> s.query(Post.class).include("comments", c -> c.throughWhere("role", "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("throughWhere(\"role\", ...) applies to belongsToMany only; 'comments' is hasMany.");
        }
    }

    @Test
    void include_throughWhereOnUnknownJoinTableColumn_listsItsColumns() {
        try (Session s = db.open()) {
            assertThatThrownBy(() -> s.query(Post.class).include("categories", c -> c.throughWhere("rank", 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("throughWhere(\"rank\", ...): join table 'PostCategories' has no column 'rank'. Its columns: "
                    + "[postId, categoryId].");
        }
    }
}
