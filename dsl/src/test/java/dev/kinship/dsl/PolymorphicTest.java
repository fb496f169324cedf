package dev.kinship.dsl;

import static dev.kinship.dsl.AssociationKind.BELONGS_TO_POLYMORPHIC;
import static dev.kinship.dsl.ReferentialAction.CASCADE;
import static dev.kinship.dsl.ReferentialAction.SET_NULL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.from;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A polymorphic belongsTo: a key and a type column, the type value naming the target model. */
class PolymorphicTest {

    interface Commentable {
    }

    static class Image implements Commentable {
        Long id;
        String url;
        List<Comment> comments;
    }

    static class Video implements Commentable {
        Long id;
        String title;
    }

    static class Document {
        String id;
    }

    static class Comment {
        Long id;
        String body;
        Long commentableId;
        String commentableType;
        Commentable commentable;
    }

    static class Note {
        Long id;
        String text;
    }

    static class Photo implements Commentable {
        Long id;
    }

    static class PhotoOnlyComment {
        Long id;
        Long commentableId;
        String commentableType;
        Photo commentable;
    }

    @Test
    void toMermaid_typeValueWithQuotesAndLineBreaks_cannotStartALineOfItsOwn() {
        Schema schema = Schema.builder().model(Video.class).model(Comment.class)
            .associate(Associations.of(Comment.class)
                .belongsToPolymorphic("commentable").type("vi\"deo\n    Evil ||--|| Injected : \"x", Video.class))
            .build();

        String diagram = schema.toMermaid();

        assertThat(diagram.lines()).noneMatch(line -> line.strip().startsWith("Evil"));
        assertThat(diagram).contains("commentable (commentableType = vi#quot;deo     Evil ||--|| Injected : #quot;x)");
    }

    @Test
    void hasMany_scopeOnItsOwnForeignKey_isRefused() {
        assertThatThrownBy(() -> Schema.builder().model(Image.class).model(Comment.class)
                .associate(Associations.of(Image.class).hasMany(Comment.class).foreignKey("commentableId")
                    .scope("commentableId", 1L).constraints(false))
                .build())
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessageContaining("scope on 'commentableId', the association's own foreign key: add() and create() "
                + "would write the scope's value there and link the child to another parent. Remove "
                + "scope(\"commentableId\", ...); the key already ties the children to their owner.");
    }

    private static Schema commentable() {
        return Schema.builder().model(Image.class).model(Video.class).model(Comment.class)
            .associate(Associations.of(Comment.class)
                .belongsToPolymorphic("commentable").type("image", Image.class).type("video", Video.class))
            .associate(Associations.of(Image.class)
                .hasMany(Comment.class).foreignKey("commentableId").scope("commentableType", "image")
                .constraints(false).onDelete(CASCADE))
            .build();
    }

    @Test
    void belongsToPolymorphic_resolved_keysTypesAndRules() {
        Association commentable = commentable().association(Comment.class, "commentable");

        assertThat(commentable)
            .returns(BELONGS_TO_POLYMORPHIC, from(Association::kind))
            .returns(Comment.class, from(Association::source))
            .returns(Commentable.class, from(Association::target))
            .returns(Optional.of("commentable"), from(Association::field))
            .returns("commentableId", from(Association::foreignKey))
            .returns("commentableId", from(Association::foreignKeyColumn))
            .returns("commentableId", from(Association::sourceKey))
            .returns("id", from(Association::targetKey))
            .returns(Optional.of("commentableType"), from(Association::typeKey))
            .returns(Optional.of("commentableType"), from(Association::typeColumn))
            .returns(false, from(Association::constraints))
            .returns(true, from(Association::allowNull))
            .returns(CASCADE, from(Association::onDelete));
        assertThat(commentable.types()).containsExactly(entry("image", Image.class), entry("video", Video.class));
    }

    @Test
    void hasManyOnPolymorphicKey_scopedByType_sharesTheKeyColumn() {
        assertThat(commentable().association(Image.class, "comments"))
            .returns("commentableId", from(Association::foreignKey))
            .returns(Map.of("commentableType", "image"), from(Association::scope))
            .returns(false, from(Association::constraints))
            .returns(CASCADE, from(Association::onDelete));
    }

    @Test
    void belongsToPolymorphic_withoutFields_keepsKeyAndTypeColumns() {
        Schema schema = Schema.builder().model(Video.class).model(Document.class).model(Note.class)
            .associate(Associations.of(Note.class).belongsToPolymorphic("subject").type("video", Video.class))
            .build();

        assertThat(schema.model(Note.class).columnInfos())
            .extracting(ColumnInfo::name, ColumnInfo::field, ColumnInfo::type)
            .containsExactly(
                tuple("id", Optional.of("id"), Long.class),
                tuple("text", Optional.of("text"), String.class),
                tuple("subjectId", Optional.empty(), Long.class),
                tuple("subjectType", Optional.empty(), String.class));
        assertThat(schema.association(Note.class, "subject"))
            .returns(Object.class, from(Association::target))
            .returns(SET_NULL, from(Association::onDelete));
    }

    @Test
    void belongsToPolymorphic_typeValueUsedTwice_fails() {
        assertThatThrownBy(() -> Schema.builder().model(Image.class).model(Video.class).model(Comment.class)
                .associate(Associations.of(Comment.class)
                    .belongsToPolymorphic("commentable").type("media", Image.class).type("media", Video.class))
                .associate(Associations.of(Image.class).hasMany(Comment.class).foreignKey("commentableId")
                    .constraints(false))
                .build())
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Comment.belongsToPolymorphic(Image|Video) as 'commentable': type value 'media' is used twice "
                + "(Image and Video). Each value must name one model: give one of them another value.");
    }

    @Test
    void belongsToPolymorphic_targetsWithDifferentIdTypes_fails() {
        assertThatThrownBy(() -> Schema.builder().model(Video.class).model(Document.class).model(Note.class)
                .associate(Associations.of(Note.class)
                    .belongsToPolymorphic("subject").type("video", Video.class).type("doc", Document.class))
                .build())
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Note.belongsToPolymorphic(Video|Document) as 'subject': targets Video and Document have ids of "
                + "different types (Long and String); one key column 'subjectId' cannot hold both. Give every target "
                + "the same id type.");
    }

    @Test
    void belongsToPolymorphic_fieldNotACommonSupertype_fails() {
        assertThatThrownBy(() -> Schema.builder().model(Photo.class).model(Video.class).model(PhotoOnlyComment.class)
                .associate(Associations.of(PhotoOnlyComment.class)
                    .belongsToPolymorphic("commentable").type("photo", Photo.class).type("video", Video.class))
                .build())
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("PhotoOnlyComment.belongsToPolymorphic(Photo|Video) as 'commentable': field 'commentable' is "
                + "declared as Photo, which is not a common supertype of Photo, Video. Declare it as Object or as an "
                + "interface they all implement.");
    }

    @Test
    void belongsToPolymorphic_withoutTypes_fails() {
        assertThatThrownBy(() -> Schema.builder().model(Note.class)
                .associate(Associations.of(Note.class).belongsToPolymorphic("subject"))
                .build())
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Note.belongsToPolymorphic() as 'subject': a polymorphic belongsTo needs at least one target: "
                + "add .type(\"image\", Image.class) for each model the key may refer to.");
    }

    @Test
    void belongsToPolymorphic_typeTargetNotRegistered_fails() {
        assertThatThrownBy(() -> Schema.builder().model(Note.class).model(Video.class)
                .associate(Associations.of(Note.class).belongsToPolymorphic("subject")
                    .type("video", Video.class).type("doc", Document.class))
                .build())
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Note.belongsToPolymorphic(Video|Document) as 'subject': type 'doc' target Document is not a "
                + "registered model. Registered models: [Note, Video]. Register it with "
                + "Schema.builder().model(Document.class) or discover(Document.class).");
    }

    @Test
    void polymorphicHasManys_withConstraints_fail() {
        assertThatThrownBy(() -> Schema.builder().model(Image.class).model(Video.class).model(Comment.class)
                .associate(Associations.of(Comment.class)
                    .belongsToPolymorphic("commentable").type("image", Image.class).type("video", Video.class))
                .associate(Associations.of(Image.class).hasMany(Comment.class).foreignKey("commentableId"))
                .associate(Associations.of(Video.class).hasMany(Comment.class).foreignKey("commentableId"))
                .build())
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Video.hasMany(Comment) as 'comments': the key column Comment.commentableId would need foreign "
                + "keys to Image and Video, and one column can reference only one table. For a polymorphic key add "
                + "constraints(false) to Image.hasMany(Comment) as 'comments' and Video.hasMany(Comment) as 'comments'.");
    }
}
