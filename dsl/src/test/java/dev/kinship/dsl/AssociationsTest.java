package dev.kinship.dsl;

import static dev.kinship.dsl.ReferentialAction.CASCADE;
import static dev.kinship.dsl.ReferentialAction.SET_NULL;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The chain is immutable: every call returns a new step, and every step is a finished declaration. */
class AssociationsTest {

    static class Post {
        Long id;
        Long authorId;
    }

    static class Comment {
        Long id;
        Long postId;
        String status;
    }

    static class Author {
        Long id;
    }

    static class Category {
        Long id;
    }

    private static Schema build(Associations... chains) {
        return Schema.builder().model(Post.class).model(Comment.class).model(Author.class).model(Category.class)
            .associate(chains).build();
    }

    @Test
    void of_newChain_isEmptyForItsSource() {
        Associations chain = Associations.of(Post.class);

        assertThat(chain.source()).isEqualTo(Post.class);
        assertThat(chain.size()).isZero();
        assertThat(build(chain).associations(Post.class)).isEmpty();
    }

    @Test
    void hasMany_droppedReturnValue_leavesChainUnchanged() {
        Associations a = Associations.of(Post.class).hasMany(Comment.class);

        a.hasMany(Category.class);
        a.belongsTo(Author.class);

        assertThat(a.size()).isEqualTo(1);
        assertThat(build(a).aliasesOf(Post.class)).containsExactly("comments");
    }

    @Test
    void option_calledOnStep_leavesEarlierStepUnchanged() {
        HasManyStep plain = Associations.of(Post.class).hasMany(Comment.class);

        HasManyStep cascading = plain.onDelete(CASCADE).as("replies");

        assertThat(build(plain).association(Post.class, "comments").onDelete()).isEqualTo(SET_NULL);
        assertThat(build(cascading).association(Post.class, "replies").onDelete()).isEqualTo(CASCADE);
        assertThat(build(plain).findAssociation(Post.class, "replies")).isEmpty();
    }

    @Test
    void step_reusedForTwoBranches_branchesStayIndependent() {
        Associations base = Associations.of(Post.class).belongsTo(Author.class);

        Associations withComments = base.hasMany(Comment.class);
        Associations withCategories = base.belongsToMany(Category.class).through("PostCategories");

        assertThat(build(withComments).aliasesOf(Post.class)).containsExactly("author", "comments");
        assertThat(build(withCategories).aliasesOf(Post.class)).containsExactly("author", "categories");
        assertThat(base.size()).isEqualTo(1);
    }

    @Test
    void throughOptions_consumerRunsOnce_laterChangesDoNotLeakIn() {
        Through[] captured = new Through[1];
        BelongsToManyStep step = Associations.of(Post.class).belongsToMany(Category.class)
            .through("PostCategories", t -> captured[0] = t);

        captured[0].scope("kind", "x");

        assertThat(build(step).association(Post.class, "categories").throughScope()).isEmpty();
    }

    @Test
    void everyStep_handedToBuilder_isAFinishedDeclaration() {
        List<Associations> steps = List.of(
            Associations.of(Post.class).hasMany(Comment.class),
            Associations.of(Post.class).hasMany(Comment.class).foreignKey("postId"),
            Associations.of(Post.class).hasOne(Comment.class).sourceKey("id"),
            Associations.of(Post.class).belongsTo(Author.class).targetKey("id"),
            Associations.of(Post.class).belongsToMany(Category.class).through("PostCategories"),
            Associations.of(Post.class).belongsToMany(Category.class).through("PostCategories").otherKey("categoryId"));

        for (Associations step : steps) {
            assertThat(build(step).associations(Post.class)).hasSize(1);
        }
    }

    @Test
    void chain_calledAgain_startsNextAssociationOfSameSource() {
        Associations chain = Associations.of(Post.class)
            .belongsTo(Author.class).as("author")
            .hasMany(Comment.class).onDelete(CASCADE)
            .belongsToMany(Category.class).through("PostCategories");

        assertThat(chain.size()).isEqualTo(3);
        assertThat(chain.source()).isEqualTo(Post.class);
        assertThat(build(chain).associations(Post.class)).extracting(Association::describe).containsExactly(
            "Post.belongsTo(Author) as 'author'",
            "Post.hasMany(Comment) as 'comments'",
            "Post.belongsToMany(Category) as 'categories'");
    }

    @Test
    void scope_calledTwice_bothKeptInOrder() {
        HasManyStep step = Associations.of(Post.class).hasMany(Comment.class).scope("status", "open").scope("id", 2L);

        assertThat(build(step).association(Post.class, "comments").scope()).containsExactly(
            java.util.Map.entry("status", "open"), java.util.Map.entry("id", 2L));
    }

    @Test
    void schema_afterBuild_unaffectedByLaterBuilderCalls() {
        Schema.Builder builder = Schema.builder().model(Post.class).model(Comment.class)
            .associate(Associations.of(Post.class).hasMany(Comment.class));
        Schema first = builder.build();

        builder.model(Author.class).associate(Associations.of(Post.class).belongsTo(Author.class));

        assertThat(first.models()).hasSize(2);
        assertThat(first.aliasesOf(Post.class)).containsExactly("comments");
        assertThat(builder.build().aliasesOf(Post.class)).containsExactly("comments", "author");
    }
}
