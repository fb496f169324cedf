package dev.kinship.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Looking things up in a built schema, and what it hands out being frozen. */
class SchemaTest {

    enum Status { DRAFT, PUBLISHED }

    static class Post {
        Long id;
        Status status;
        LocalDateTime deletedAt;
    }

    static class Comment {
        Long id;
        Long postId;
        Status status;
        LocalDateTime deletedAt;
    }

    static class Tag {
        Long id;
    }

    private static final Schema SCHEMA = Schema.builder().model(Post.class).model(Comment.class)
        .associate(Associations.of(Post.class).hasMany(Comment.class).scope("deletedAt", null).scope("status", "DRAFT"))
        .build();

    @Test
    void model_notRegistered_throwsIaeListingModels() {
        assertThatThrownBy(() -> SCHEMA.model(Tag.class))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("Tag is not a model of this schema. Registered models: [Post, Comment]. Register it with "
                + "Schema.builder().model(Tag.class).");
    }

    @Test
    void association_unknownAlias_throwsIaeListingAliases() {
        assertThatThrownBy(() -> SCHEMA.association(Post.class, "tags"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("Post has no association 'tags'. Its associations: [comments]. Use one of those aliases, or "
                + "declare the association with Associations.of(Post.class).");
    }

    @Test
    void findModelAndFindAssociation_unknown_areEmpty() {
        assertThat(SCHEMA.findModel(Tag.class)).isEmpty();
        assertThat(SCHEMA.findAssociation(Comment.class, "post")).isEmpty();
        assertThat(SCHEMA.joinTable("PostTags")).isEmpty();
    }

    @Test
    void scope_nullValueAndEnumName_keptInDeclarationOrder() {
        assertThat(SCHEMA.association(Post.class, "comments").scope())
            .containsExactly(entry("deletedAt", null), entry("status", "DRAFT"));
    }

    @Test
    void scope_enumNameNotAConstant_fails() {
        assertThatThrownBy(() -> Schema.builder().model(Post.class).model(Comment.class)
                .associate(Associations.of(Post.class).hasMany(Comment.class).scope("status", "ARCHIVED"))
                .build())
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Post.hasMany(Comment) as 'comments': scope value 'ARCHIVED' does not fit field Comment.status "
                + "of type Status. Give a value of that type.");
    }

    @Test
    void builtSchema_collections_areUnmodifiable() {
        Association comments = SCHEMA.association(Post.class, "comments");

        assertThatThrownBy(() -> SCHEMA.associations(Post.class).clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> SCHEMA.associations().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> SCHEMA.models().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> SCHEMA.joinTables().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> SCHEMA.model(Post.class).columns().clear())
            .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> comments.scope().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> comments.throughScope().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void idColumn_joinModelWithoutId_throwsIse() {
        Schema schema = Schema.builder().model(Post.class).model(Tag.class).model(PostTag.class)
            .associate(Associations.of(Post.class).belongsToMany(Tag.class).through(PostTag.class))
            .build();

        assertThatThrownBy(() -> schema.model(PostTag.class).idColumn())
            .isInstanceOf(IllegalStateException.class)
            .hasMessage("PostTag has no 'id' field: it is a join model whose rows are keyed by both foreign keys. "
                + "Check hasId() first and use JoinTable.key() for such a model.");
    }

    static class PostTag {
        Long postId;
        Long tagId;
    }
}
