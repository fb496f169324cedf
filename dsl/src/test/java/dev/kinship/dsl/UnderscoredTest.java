package dev.kinship.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.from;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code underscored} (camelCase fields ↔ snake_case columns, keys included) and {@code column(field, column)}. */
class UnderscoredTest {

    static class Author {
        Long id;
        String fullName;
        List<Article> articles;
    }

    static class Article {
        Long id;
        String title;
        Long authorId;
        Author author;
    }

    static class Label {
        Long id;
        String name;
    }

    static class Note {
        Long id;
        String text;
    }

    static class NoteLabel {
        Long noteId;
        Long labelId;
    }

    private static Schema.Builder declared(Schema.Builder builder) {
        return builder
            .associate(Associations.of(Author.class).hasMany(Article.class).as("articles"))
            .associate(Associations.of(Article.class)
                .belongsTo(Author.class).as("author")
                .belongsToMany(Label.class).through("ArticleLabels")
                .hasMany(Note.class))
            .associate(Associations.of(Note.class).belongsToMany(Label.class).through(NoteLabel.class));
    }

    private static Schema underscored() {
        return declared(Schema.builder().underscored(true)
            .model(Author.class).model(Article.class).model(Label.class).model(Note.class).model(NoteLabel.class))
            .build();
    }

    @Test
    void underscoredBuilder_tablesAndColumns_areSnakeCase() {
        Schema schema = underscored();

        assertThat(schema.model(Author.class).table()).isEqualTo("authors");
        assertThat(schema.model(Author.class).columns()).containsExactly("id", "full_name");
        assertThat(schema.model(Article.class).columns()).containsExactly("id", "title", "author_id");
        assertThat(schema.model(NoteLabel.class).table()).isEqualTo("note_labels");
        assertThat(schema.model(Article.class).columnOfField("authorId").orElseThrow().name()).isEqualTo("author_id");
    }

    @Test
    void underscoredBuilder_belongsTo_keyFieldStaysCamelAndColumnIsSnake() {
        assertThat(underscored().association(Article.class, "author"))
            .returns("authorId", from(Association::foreignKey))
            .returns("author_id", from(Association::foreignKeyColumn))
            .returns("authorId", from(Association::sourceKey))
            .returns("author_id", from(Association::sourceKeyColumn))
            .returns("id", from(Association::targetKeyColumn));
    }

    @Test
    void underscoredBuilder_hasMany_targetKeyColumnIsSnake() {
        assertThat(underscored().association(Author.class, "articles"))
            .returns("authorId", from(Association::foreignKey))
            .returns("author_id", from(Association::foreignKeyColumn))
            .returns("authorId", from(Association::targetKey))
            .returns("author_id", from(Association::targetKeyColumn));
    }

    @Test
    void underscoredBuilder_keptKey_getsSnakeColumnWithoutField() {
        Schema schema = underscored();

        assertThat(schema.association(Article.class, "notes").foreignKeyColumn()).isEqualTo("article_id");
        ColumnInfo kept = schema.model(Note.class).column("article_id").orElseThrow();
        assertThat(kept)
            .returns(Optional.empty(), from(ColumnInfo::field))
            .returns(Long.class, from(ColumnInfo::type))
            .returns(true, from(ColumnInfo::nullable));
        assertThat(schema.model(Note.class).columns()).containsExactly("id", "text", "article_id");
    }

    @Test
    void underscoredBuilder_joinTableByName_keyColumnsAreSnake() {
        Schema schema = underscored();

        assertThat(schema.association(Article.class, "labels"))
            .returns("articleId", from(Association::foreignKey))
            .returns("article_id", from(Association::foreignKeyColumn))
            .returns(Optional.of("labelId"), from(Association::otherKey))
            .returns(Optional.of("label_id"), from(Association::otherKeyColumn))
            .returns(Optional.of("ArticleLabels"), from(Association::through));
        assertThat(schema.joinTable("ArticleLabels").orElseThrow().key()).containsExactly("article_id", "label_id");
    }

    @Test
    void underscoredBuilder_joinModelWithoutId_snakeTableAndCompositePrimaryKey() {
        Schema schema = underscored();

        assertThat(schema.association(Note.class, "labels"))
            .returns(Optional.of("note_labels"), from(Association::through))
            .returns("note_id", from(Association::foreignKeyColumn))
            .returns(Optional.of("label_id"), from(Association::otherKeyColumn));
        JoinTable noteLabels = schema.joinTable("note_labels").orElseThrow();
        assertThat(noteLabels.key()).containsExactly("note_id", "label_id");
        assertThat(noteLabels.keyKind()).isEqualTo(JoinTable.KeyKind.PRIMARY_KEY);
    }

    @Test
    void underscoredOnOneModel_otherModelsKeepFieldNames() {
        Schema schema = declared(Schema.builder()
            .model(Author.class).model(Article.class, m -> m.underscored(true))
            .model(Label.class).model(Note.class).model(NoteLabel.class))
            .build();

        assertThat(schema.model(Article.class).table()).isEqualTo("articles");
        assertThat(schema.model(Article.class).columns()).containsExactly("id", "title", "author_id");
        assertThat(schema.model(Author.class).table()).isEqualTo("Authors");
        assertThat(schema.model(Author.class).columns()).containsExactly("id", "fullName");
        assertThat(schema.association(Author.class, "articles").foreignKeyColumn()).isEqualTo("author_id");
    }

    @Test
    void underscoredFalseOnModel_overridesBuilderDefault() {
        Schema schema = declared(Schema.builder().underscored(true)
            .model(Author.class, m -> m.underscored(false)).model(Article.class)
            .model(Label.class).model(Note.class).model(NoteLabel.class))
            .build();

        assertThat(schema.model(Author.class).table()).isEqualTo("Authors");
        assertThat(schema.model(Author.class).columns()).containsExactly("id", "fullName");
        assertThat(schema.model(Article.class).columns()).containsExactly("id", "title", "author_id");
    }

    @Test
    void column_explicitName_winsOverUnderscored() {
        Schema schema = declared(Schema.builder().underscored(true)
            .model(Author.class, m -> m.column("fullName", "display_name"))
            .model(Article.class, m -> m.column("authorId", "writer"))
            .model(Label.class).model(Note.class).model(NoteLabel.class))
            .build();

        assertThat(schema.model(Author.class).columns()).containsExactly("id", "display_name");
        assertThat(schema.association(Article.class, "author").foreignKeyColumn()).isEqualTo("writer");
        assertThat(schema.association(Author.class, "articles").targetKeyColumn()).isEqualTo("writer");
    }

    @Test
    void column_onIdField_renamesIdColumn() {
        Schema schema = declared(Schema.builder()
            .model(Author.class, m -> m.column("id", "author_no"))
            .model(Article.class).model(Label.class).model(Note.class).model(NoteLabel.class))
            .build();

        assertThat(schema.model(Author.class).idColumn()).isEqualTo("author_no");
        assertThat(schema.association(Article.class, "author").targetKeyColumn()).isEqualTo("author_no");
        assertThat(schema.association(Author.class, "articles").sourceKeyColumn()).isEqualTo("author_no");
    }

    @Test
    void column_onDefaultKeptKey_namesItsColumn() {
        Schema schema = declared(Schema.builder()
            .model(Author.class).model(Article.class).model(Label.class)
            .model(Note.class, m -> m.column("articleId", "article_ref")).model(NoteLabel.class))
            .build();

        assertThat(schema.model(Note.class).columns()).containsExactly("id", "text", "article_ref");
        assertThat(schema.association(Article.class, "notes").foreignKeyColumn()).isEqualTo("article_ref");
    }

    @Test
    void table_explicitName_winsOverUnderscored() {
        Schema schema = declared(Schema.builder().underscored(true)
            .model(Author.class, m -> m.table("Writers"))
            .model(Article.class).model(Label.class).model(Note.class).model(NoteLabel.class))
            .build();

        assertThat(schema.model(Author.class).table()).isEqualTo("Writers");
    }
}
