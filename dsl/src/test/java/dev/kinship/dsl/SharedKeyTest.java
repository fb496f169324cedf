package dev.kinship.dsl;

import static dev.kinship.dsl.ReferentialAction.CASCADE;
import static dev.kinship.dsl.ReferentialAction.NO_ACTION;
import static dev.kinship.dsl.ReferentialAction.RESTRICT;
import static dev.kinship.dsl.ReferentialAction.SET_NULL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.from;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Two associations on one foreign-key column (hasMany and its belongsTo) share the column's rules. */
class SharedKeyTest {

    static class Author {
        Long id;
        List<Book> books;
    }

    static class Book {
        Long id;
        Long authorId;
        Author author;
    }

    private static Schema build(Associations authorSide, Associations bookSide) {
        return Schema.builder().model(Author.class).model(Book.class).associate(authorSide, bookSide).build();
    }

    private static HasManyStep books() {
        return Associations.of(Author.class).hasMany(Book.class);
    }

    private static BelongsToStep author() {
        return Associations.of(Book.class).belongsTo(Author.class);
    }

    @Test
    void sharedKey_noExplicitRules_bothSidesTakeDefaults() {
        Schema schema = build(books(), author());

        assertThat(schema.association(Author.class, "books"))
            .returns(SET_NULL, from(Association::onDelete))
            .returns(CASCADE, from(Association::onUpdate))
            .returns(true, from(Association::allowNull));
        assertThat(schema.association(Book.class, "author"))
            .returns(SET_NULL, from(Association::onDelete))
            .returns(CASCADE, from(Association::onUpdate))
            .returns(true, from(Association::allowNull));
    }

    @Test
    void sharedKey_explicitOnDeleteOnHasMany_winsOverBelongsToDefault() {
        Schema schema = build(books().onDelete(CASCADE), author());

        assertThat(schema.association(Book.class, "author").onDelete()).isEqualTo(CASCADE);
    }

    @Test
    void sharedKey_explicitOnDeleteOnBelongsTo_winsOverHasManyDefault() {
        Schema schema = build(books(), author().onDelete(RESTRICT));

        assertThat(schema.association(Author.class, "books").onDelete()).isEqualTo(RESTRICT);
    }

    @Test
    void sharedKey_explicitOnUpdateOnOneSide_appliesToBoth() {
        Schema schema = build(books().onUpdate(NO_ACTION), author());

        assertThat(schema.association(Book.class, "author").onUpdate()).isEqualTo(NO_ACTION);
        assertThat(schema.association(Author.class, "books").onUpdate()).isEqualTo(NO_ACTION);
    }

    @Test
    void sharedKey_allowNullFalseOnOneSide_bothDisallowNullAndDefaultToCascade() {
        Schema schema = build(books(), author().allowNull(false));

        assertThat(schema.association(Author.class, "books"))
            .returns(false, from(Association::allowNull))
            .returns(CASCADE, from(Association::onDelete));
        assertThat(schema.association(Book.class, "author"))
            .returns(false, from(Association::allowNull))
            .returns(CASCADE, from(Association::onDelete));
        assertThat(schema.model(Book.class).columnOfField("authorId").orElseThrow().nullable()).isFalse();
    }

    @Test
    void sharedKey_sameExplicitValueOnBothSides_accepted() {
        Schema schema = build(books().onDelete(CASCADE).allowNull(false), author().onDelete(CASCADE).allowNull(false));

        assertThat(schema.association(Author.class, "books").onDelete()).isEqualTo(CASCADE);
        assertThat(schema.association(Book.class, "author").allowNull()).isFalse();
    }

    @Test
    void sharedKey_differentExplicitOnDelete_fails() {
        assertThatThrownBy(() -> build(books().onDelete(CASCADE), author().onDelete(RESTRICT)))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Book.belongsTo(Author) as 'author': shares the key column Book.authorId with "
                + "Author.hasMany(Book) as 'books', but they declare different onDelete values: CASCADE and RESTRICT. "
                + "Declare onDelete(...) on one side only, or make them agree.");
    }

    @Test
    void sharedKey_differentExplicitOnUpdate_fails() {
        assertThatThrownBy(() -> build(books().onUpdate(CASCADE), author().onUpdate(RESTRICT)))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Book.belongsTo(Author) as 'author': shares the key column Book.authorId with "
                + "Author.hasMany(Book) as 'books', but they declare different onUpdate values: CASCADE and RESTRICT. "
                + "Declare onUpdate(...) on one side only, or make them agree.");
    }

    @Test
    void sharedKey_differentExplicitAllowNull_fails() {
        assertThatThrownBy(() -> build(books().allowNull(true), author().allowNull(false)))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Book.belongsTo(Author) as 'author': shares the key column Book.authorId with "
                + "Author.hasMany(Book) as 'books', but they declare different allowNull values: true and false. "
                + "Declare allowNull(...) on one side only, or make them agree.");
    }

    @Test
    void sharedKey_allowNullFalseOnOneSideAndSetNullOnOther_fails() {
        assertThatThrownBy(() -> build(books().allowNull(false), author().onDelete(SET_NULL)))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Book.belongsTo(Author) as 'author': onDelete(SET_NULL) cannot work because the key column "
                + "Book.authorId does not accept NULL (allowNull(false) on Author.hasMany(Book) as 'books'). "
                + "Use onDelete(CASCADE) or onDelete(RESTRICT), or remove allowNull(false).");
    }
}
