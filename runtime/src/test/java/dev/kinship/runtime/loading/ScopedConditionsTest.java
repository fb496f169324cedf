package dev.kinship.runtime.loading;

import static dev.kinship.runtime.Where.eq;
import static dev.kinship.runtime.Where.has;
import static dev.kinship.runtime.Where.isNull;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.blog.BlogSchema;
import dev.kinship.runtime.blog.Comment;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code has} over scoped associations (a scoped hasMany and hasOne, a belongsToMany through a
 * soft-deleting join model, with and without a target scope), and a path three associations deep.
 */
class ScopedConditionsTest {

    @RegisterExtension
    final TestDatabase teams = TestDatabase.inMemory(TeamSchema::schema);

    @RegisterExtension
    final TestDatabase blog = TestDatabase.inMemory(BlogSchema::schema);

    private List<String> teamNames(dev.kinship.runtime.Condition condition) {
        TeamData.seed(teams.get());
        try (Session s = teams.open()) {
            return s.query(Team.class).where(condition).orderBy("id").list().stream().map(Team::getName).toList();
        }
    }

    @Test
    void has_scopedHasMany_seesOnlyItsScope() {
        assertThat(teamNames(has("activeProjects"))).containsExactly("core", "web");
    }

    @Test
    void has_scopedHasMany_withAConditionOnTopOfTheScope() {
        assertThat(teamNames(has("projects", eq("status", "archived")))).containsExactly("core");
    }

    @Test
    void has_scopedHasOne() {
        assertThat(teamNames(has("flagship"))).containsExactly("core");
    }

    @Test
    void has_belongsToManyThroughASoftDeletingJoinModel_ignoresDeletedLinks() {
        assertThat(teamNames(has("members", eq("name", "cid")))).containsExactly("web");
    }

    @Test
    void has_belongsToManyWithATargetScope_seesOnlyScopedTargets() {
        assertThat(teamNames(has("activeMembers", eq("name", "bob")))).isEmpty();
    }

    @Test
    void has_belongsToManyPlain_findsTheLink() {
        assertThat(teamNames(has("members", eq("name", "bob")))).containsExactly("core");
    }

    @Test
    void has_fromTheOtherSideOfABelongsToMany() {
        TeamData.seed(teams.get());
        try (Session s = teams.open()) {
            assertThat(s.query(Member.class).where(has("teams", eq("name", "web"))).orderBy("id").list())
                .extracting(Member::getName).containsExactly("cid", "dan");
        }
    }

    @Test
    void path_threeAssociationsDeep_inWhereAndOrder() {
        BlogData.seed(blog.get(), 4, 1);
        Rows.insert(blog.get(), "Profiles", "id, userId, bio", 2, i -> new Object[] {i + 1L, i + 1L, "bio" + (i + 1)});
        try (Session s = blog.open()) {
            List<Comment> comments = s.query(Comment.class).where(eq("post.author.profile.bio", "bio2")).list();
            assertThat(comments).extracting(Comment::getPostId).containsExactly(2L);

            List<Comment> ordered = s.query(Comment.class).orderByDescending("post.author.profile.bio").orderBy("id")
                .list();
            assertThat(ordered).extracting(Comment::getPostId).containsExactly(2L, 1L, 3L, 4L);
            assertThat(s.query(Comment.class).where(isNull("post.author.profile.bio")).count()).isEqualTo(2);
        }
    }
}
