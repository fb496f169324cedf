package dev.kinship.dsl;

import static dev.kinship.dsl.ReferentialAction.SET_NULL;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Declarations that cannot work fail at build() with an {@link AssociationDefinitionException} naming the
 * source, the kind, the target and the alias: one test per mistake, its full message asserted.
 */
class AssociationDefinitionErrorsTest {

    static class Author {
        Long id;
        String name;
    }

    static class Book {
        Long id;
        String title;
        Long authorId;
    }

    static class Genre {
        Long id;
        String name;
    }

    static class BookGenre {
        Long id;
        Long bookId;
        Long genreId;
        String note;
    }

    static class GenreLink {
        Long id;
        Long genreId;
    }

    static class BookLink {
        Long id;
        Long bookId;
    }

    static class TextKeyLink {
        Long id;
        String bookId;
        Long genreId;
    }

    static class PairOnly {
        Long bookId;
        Long genreId;
    }

    static class Reader {
        Long id;
        List<Card> card;
    }

    static class Card {
        Long id;
        Long readerId;
    }

    static class Shelf {
        Long id;
        Book books;
    }

    static class Library {
        Long id;
        List<Author> books;
    }

    static class Cover {
        Long id;
        Long bookId;
        Author book;
    }

    static class Review {
        Long id;
        Integer bookId;
    }

    static class Counter {
        Long id;
        long bookId;
    }

    static class Isbn {
        String id;
    }

    static class User {
        Long id;
    }

    /** A builder with the common models registered; each test adds what it needs. */
    private static Schema build(UnaryOperator<Schema.Builder> declarations) {
        return declarations.apply(Schema.builder().model(Author.class).model(Book.class).model(Genre.class)).build();
    }

    // ---- aliases --------------------------------------------------------------------------------

    @Test
    void alias_usedTwiceOnOneSource_fails() {
        assertThatThrownBy(() -> build(b -> b.associate(Associations.of(Author.class)
                .hasMany(Book.class).as("works")
                .hasOne(Book.class).as("works"))))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Author.hasOne(Book) as 'works': alias 'works' is already used by Author.hasMany(Book) as "
                + "'works' on Author. Give one of them another name with as(...).");
    }

    @Test
    void alias_sameAsColumnField_fails() {
        assertThatThrownBy(() -> build(b -> b.associate(Associations.of(Book.class)
                .belongsTo(Author.class).as("authorId"))))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Book.belongsTo(Author) as 'authorId': alias 'authorId' is already a column field of Book. "
                + "Choose another alias with as(...), e.g. as(\"author\").");
    }

    // ---- association fields ---------------------------------------------------------------------

    @Test
    void toOneField_declaredAsList_fails() {
        assertThatThrownBy(() -> build(b -> b.model(Reader.class).model(Card.class)
                .associate(Associations.of(Reader.class).hasOne(Card.class))))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Reader.hasOne(Card) as 'card': field 'card' is declared as List<Card> but hasOne holds one "
                + "Card. Declare it as Card card, or use hasMany/belongsToMany if there can be many.");
    }

    @Test
    void toOneField_declaredAsOtherClass_fails() {
        assertThatThrownBy(() -> build(b -> b.model(Cover.class)
                .associate(Associations.of(Cover.class).belongsTo(Book.class))))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Cover.belongsTo(Book) as 'book': field 'book' is declared as Author but belongsTo holds one "
                + "Book. Declare it as Book book.");
    }

    @Test
    void toManyField_declaredAsTarget_fails() {
        assertThatThrownBy(() -> build(b -> b.model(Shelf.class)
                .associate(Associations.of(Shelf.class).hasMany(Book.class))))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Shelf.hasMany(Book) as 'books': field 'books' is declared as Book but hasMany holds many Book "
                + "rows. Declare it as List<Book> books (or Set / Collection).");
    }

    @Test
    void toManyField_wrongElementType_fails() {
        assertThatThrownBy(() -> build(b -> b.model(Library.class)
                .associate(Associations.of(Library.class).hasMany(Book.class))))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Library.hasMany(Book) as 'books': field 'books' is declared as List<Author> but its elements "
                + "are Book rows. Declare it as List<Book> books.");
    }

    // ---- belongsToMany and join models ------------------------------------------------------------

    @Test
    void belongsToMany_withoutThrough_fails() {
        assertThatThrownBy(() -> build(b -> b.associate(Associations.of(Book.class).belongsToMany(Genre.class))))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Book.belongsToMany(Genre) as 'genres': belongsToMany needs a join table. Add "
                + ".through(\"BookGenres\") for a table Kinship keeps, or .through(JoinModel.class) for a join model "
                + "with columns of its own.");
    }

    @Test
    void joinModel_lackingForeignKeyField_fails() {
        assertThatThrownBy(() -> build(b -> b.model(GenreLink.class)
                .associate(Associations.of(Book.class).belongsToMany(Genre.class).through(GenreLink.class))))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Book.belongsToMany(Genre) as 'genres': join model GenreLink has no field 'bookId'. A join "
                + "model must declare both keys as fields: add 'Long bookId' to GenreLink or name its field with "
                + "foreignKey(...).");
    }

    @Test
    void joinModel_lackingOtherKeyField_fails() {
        assertThatThrownBy(() -> build(b -> b.model(BookLink.class)
                .associate(Associations.of(Book.class).belongsToMany(Genre.class).through(BookLink.class))))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Book.belongsToMany(Genre) as 'genres': join model BookLink has no field 'genreId'. A join "
                + "model must declare both keys as fields: add 'Long genreId' to BookLink or name its field with "
                + "otherKey(...).");
    }

    @Test
    void joinModel_keyDifferingFromFieldInCase_fails() {
        assertThatThrownBy(() -> build(b -> b.model(BookGenre.class)
                .associate(Associations.of(Book.class).belongsToMany(Genre.class).through(BookGenre.class)
                    .foreignKey("bookID"))))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Book.belongsToMany(Genre) as 'genres': join model BookGenre has no field 'bookID' but has "
                + "'bookId', which differs only in case. Use the field's exact name.");
    }

    @Test
    void joinModel_keyFieldOfWrongType_fails() {
        assertThatThrownBy(() -> build(b -> b.model(TextKeyLink.class)
                .associate(Associations.of(Book.class).belongsToMany(Genre.class).through(TextKeyLink.class))))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Book.belongsToMany(Genre) as 'genres': key field TextKeyLink.bookId is String but it refers "
                + "to Book.id, which is Long. Declare TextKeyLink.bookId as Long.");
    }

    @Test
    void belongsToMany_selfWithDefaultKeys_fails() {
        assertThatThrownBy(() -> build(b -> b.model(User.class)
                .associate(Associations.of(User.class).belongsToMany(User.class).through("Follows"))))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("User.belongsToMany(User) as 'users': both keys of the join table would be 'userId' because "
                + "User is associated with itself. Name them apart, e.g. .foreignKey(\"followingId\")"
                + ".otherKey(\"followerId\").");
    }

    @Test
    void belongsToMany_sameExplicitKeys_fails() {
        assertThatThrownBy(() -> build(b -> b.associate(Associations.of(Book.class).belongsToMany(Genre.class)
                .through("BookGenres").foreignKey("ref").otherKey("ref"))))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Book.belongsToMany(Genre) as 'genres': both keys of the join table would be 'ref'. Name them "
                + "apart, e.g. .foreignKey(\"bookId\").otherKey(\"genreId\").");
    }

    @Test
    void uniqueFalse_onJoinTableName_fails() {
        assertThatThrownBy(() -> build(b -> b.associate(Associations.of(Book.class).belongsToMany(Genre.class)
                .through("BookGenres", t -> t.unique(false)))))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Book.belongsToMany(Genre) as 'genres': through(..., t -> t.unique(false)) lets one pair be "
                + "linked twice, so each join row needs an id of its own, and join table 'BookGenres' has none. Use a "
                + "join model with a Long id field, or keep unique(true).");
    }

    @Test
    void uniqueFalse_onJoinModelWithoutId_fails() {
        assertThatThrownBy(() -> build(b -> b.model(PairOnly.class)
                .associate(Associations.of(Book.class).belongsToMany(Genre.class)
                    .through(PairOnly.class, t -> t.unique(false)))))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Book.belongsToMany(Genre) as 'genres': through(..., t -> t.unique(false)) lets one pair be "
                + "linked twice, so each join row needs an id of its own, and join model PairOnly has no 'id' field. "
                + "Use a join model with a Long id field, or keep unique(true).");
    }

    @Test
    void joinTable_sidesDisagreeOnUnique_fails() {
        assertThatThrownBy(() -> build(b -> b.model(BookGenre.class)
                .associate(Associations.of(Book.class).belongsToMany(Genre.class)
                    .through(BookGenre.class, t -> t.unique(false)))
                .associate(Associations.of(Genre.class).belongsToMany(Book.class)
                    .through(BookGenre.class, t -> t.unique(true)))))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Genre.belongsToMany(Book) as 'books': join table 'BookGenres' is declared unique(true) here "
                + "but unique(false) by Book.belongsToMany(Genre) as 'genres'. Both sides share the table's key: "
                + "declare through(..., t -> t.unique(...)) on one side only, or make them agree.");
    }

    @Test
    void joinTable_sidesNameDifferentKeys_fails() {
        assertThatThrownBy(() -> build(b -> b
                .associate(Associations.of(Book.class).belongsToMany(Genre.class).through("BookGenres"))
                .associate(Associations.of(Genre.class).belongsToMany(Book.class).through("BookGenres")
                    .otherKey("volumeId"))))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Genre.belongsToMany(Book) as 'books': join table 'BookGenres' is keyed by [bookId, genreId] "
                + "in Book.belongsToMany(Genre) as 'genres' but this side uses [genreId, volumeId]. Both sides of a "
                + "many-to-many must name the same two keys: declare this side with .foreignKey(\"genreId\")"
                + ".otherKey(\"bookId\").");
    }

    @Test
    void joinTable_byNameAndByModel_fails() {
        assertThatThrownBy(() -> build(b -> b.model(BookGenre.class)
                .associate(Associations.of(Book.class).belongsToMany(Genre.class).through(BookGenre.class))
                .associate(Associations.of(Genre.class).belongsToMany(Book.class).through("BookGenres"))))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Genre.belongsToMany(Book) as 'books': join table 'BookGenres' is declared once with a join "
                + "model and once as a plain table name. Use through(BookGenre.class) on both sides.");
    }

    @Test
    void belongsToMany_onDeleteSetNull_fails() {
        assertThatThrownBy(() -> build(b -> b.associate(Associations.of(Book.class).belongsToMany(Genre.class)
                .through("BookGenres").onDelete(SET_NULL))))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Book.belongsToMany(Genre) as 'genres': onDelete(SET_NULL) cannot work for join rows: a row of "
                + "'BookGenres' with a NULL 'bookId' would link nothing. Use onDelete(CASCADE) (the default) to remove "
                + "the links, or onDelete(RESTRICT).");
    }

    // ---- keys -----------------------------------------------------------------------------------

    @Test
    void sourceKey_namingNoField_fails() {
        assertThatThrownBy(() -> build(b -> b.associate(Associations.of(Author.class).hasMany(Book.class)
                .sourceKey("code"))))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Author.hasMany(Book) as 'books': sourceKey 'code' names no column field of Author. Column "
                + "fields of Author: [id, name]. Name one of them with sourceKey(...), or add a 'code' field to Author.");
    }

    @Test
    void targetKey_namingNoField_fails() {
        assertThatThrownBy(() -> build(b -> b.associate(Associations.of(Book.class).belongsTo(Author.class)
                .targetKey("email"))))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Book.belongsTo(Author) as 'author': targetKey 'email' names no column field of Author. Column "
                + "fields of Author: [id, name]. Name one of them with targetKey(...), or add a 'email' field to "
                + "Author.");
    }

    @Test
    void foreignKey_differingFromFieldInCase_fails() {
        assertThatThrownBy(() -> build(b -> b.associate(Associations.of(Book.class).belongsTo(Author.class)
                .foreignKey("authorID"))))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Book.belongsTo(Author) as 'author': foreign key 'authorID' differs from the field "
                + "Book.authorId only in case. Use foreignKey(\"authorId\") or rename the field; Kinship does not "
                + "treat a typo as a new column.");
    }

    @Test
    void foreignKey_onTargetDifferingFromFieldInCase_fails() {
        assertThatThrownBy(() -> build(b -> b.associate(Associations.of(Author.class).hasMany(Book.class)
                .foreignKey("AuthorId"))))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Author.hasMany(Book) as 'books': foreign key 'AuthorId' differs from the field "
                + "Book.authorId only in case. Use foreignKey(\"authorId\") or rename the field; Kinship does not "
                + "treat a typo as a new column.");
    }

    @Test
    void foreignKey_fieldOfOtherTypeThanReferencedKey_fails() {
        assertThatThrownBy(() -> build(b -> b.model(Review.class)
                .associate(Associations.of(Book.class).hasMany(Review.class))))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Book.hasMany(Review) as 'reviews': key field Review.bookId is Integer but it refers to "
                + "Book.id, which is Long. Declare Review.bookId as Long.");
    }

    @Test
    void foreignKey_belongsToFieldOfOtherTypeThanTargetKey_fails() {
        assertThatThrownBy(() -> build(b -> b.associate(Associations.of(Book.class).belongsTo(Author.class)
                .foreignKey("title"))))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Book.belongsTo(Author) as 'author': key field Book.title is String but it refers to "
                + "Author.id, which is Long. Declare Book.title as Long.");
    }

    @Test
    void foreignKey_namingAssociationField_fails() {
        assertThatThrownBy(() -> build(b -> b.model(Cover.class)
                .associate(Associations.of(Cover.class).belongsTo(Author.class).as("writer").foreignKey("book"))))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Cover.belongsTo(Author) as 'writer': foreign key 'book' is the field Cover.book of type "
                + "Author, which is not a column. Use another foreignKey(...).");
    }

    @Test
    void foreignKey_keptColumnNamedLikeAnAlias_fails() {
        assertThatThrownBy(() -> build(b -> b.associate(Associations.of(Genre.class)
                .belongsTo(Author.class).foreignKey("book")
                .belongsTo(Book.class))))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Genre.belongsTo(Author) as 'author': foreign key 'book' is also the alias of an association of "
                + "Genre. Use another foreignKey(...).");
    }

    @Test
    void keptKey_referringToKeysOfTwoTypes_fails() {
        assertThatThrownBy(() -> build(b -> b.model(Isbn.class)
                .associate(Associations.of(Author.class).hasMany(Genre.class).foreignKey("ownerId").constraints(false))
                .associate(Associations.of(Isbn.class).hasMany(Genre.class).foreignKey("ownerId").constraints(false))))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Isbn.hasMany(Genre) as 'genres': key column 'ownerId' of Genre would hold both Long and String "
                + "values. Declare a field for it or use another foreignKey(...).");
    }

    @Test
    void sharedKey_referencingTwoTables_fails() {
        assertThatThrownBy(() -> build(b -> b.associate(Associations.of(Book.class)
                .belongsTo(Author.class).foreignKey("authorId")
                .belongsTo(Genre.class).as("genre").foreignKey("authorId"))))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Book.belongsTo(Genre) as 'genre': the key column Book.authorId would need foreign keys to "
                + "Author and Genre, and one column can reference only one table. For a polymorphic key add "
                + "constraints(false) to Book.belongsTo(Author) as 'author' and Book.belongsTo(Genre) as 'genre'.");
    }

    // ---- rules ----------------------------------------------------------------------------------

    @Test
    void allowNullFalse_withOnDeleteSetNull_fails() {
        assertThatThrownBy(() -> build(b -> b.associate(Associations.of(Book.class).belongsTo(Author.class)
                .allowNull(false).onDelete(SET_NULL))))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Book.belongsTo(Author) as 'author': onDelete(SET_NULL) cannot work because the key column "
                + "Book.authorId does not accept NULL (allowNull(false)). Use onDelete(CASCADE) or onDelete(RESTRICT), "
                + "or remove allowNull(false).");
    }

    @Test
    void allowNullFalse_withOnUpdateSetNull_fails() {
        assertThatThrownBy(() -> build(b -> b.associate(Associations.of(Author.class).hasMany(Book.class)
                .allowNull(false).onUpdate(SET_NULL))))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Author.hasMany(Book) as 'books': onUpdate(SET_NULL) cannot work because the key column "
                + "Book.authorId does not accept NULL (allowNull(false)). Use onUpdate(CASCADE) or onUpdate(RESTRICT), "
                + "or remove allowNull(false).");
    }

    @Test
    void primitiveKey_withOnDeleteSetNull_fails() {
        assertThatThrownBy(() -> build(b -> b.model(Counter.class)
                .associate(Associations.of(Book.class).hasOne(Counter.class).onDelete(SET_NULL))))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Book.hasOne(Counter) as 'counter': onDelete(SET_NULL) cannot work because the key column "
                + "Counter.bookId does not accept NULL (it is a primitive long). Use onDelete(CASCADE) or "
                + "onDelete(RESTRICT), or declare Counter.bookId as Long.");
    }

    @Test
    void primitiveKey_withAllowNullTrue_fails() {
        assertThatThrownBy(() -> build(b -> b.model(Counter.class)
                .associate(Associations.of(Book.class).hasOne(Counter.class).allowNull(true))))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Book.hasOne(Counter) as 'counter': allowNull(true) but the key field Counter.bookId is a "
                + "primitive long, which cannot hold null. Declare it with its boxed type or remove allowNull(true).");
    }

    // ---- scopes ---------------------------------------------------------------------------------

    @Test
    void scope_columnNotAFieldOfTarget_fails() {
        assertThatThrownBy(() -> build(b -> b.associate(Associations.of(Author.class).hasMany(Book.class)
                .as("published").scope("status", "published"))))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Author.hasMany(Book) as 'published': scope column 'status' is not a field of Book. Add a "
                + "'status' field to Book or fix the scope(...) call.");
    }

    @Test
    void scope_valueNotOfFieldType_fails() {
        assertThatThrownBy(() -> build(b -> b.associate(Associations.of(Author.class).hasMany(Book.class)
                .scope("title", 42))))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Author.hasMany(Book) as 'books': scope value 42 (Integer) does not fit field Book.title of "
                + "type String. Give a value of that type.");
    }

    @Test
    void belongsToManyScope_columnNotAFieldOfTarget_fails() {
        assertThatThrownBy(() -> build(b -> b.associate(Associations.of(Book.class).belongsToMany(Genre.class)
                .through("BookGenres").scope("active", true))))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Book.belongsToMany(Genre) as 'genres': scope column 'active' is not a field of Genre. Add a "
                + "'active' field to Genre or fix the scope(...) call.");
    }

    @Test
    void throughScope_columnNotAFieldOfJoinModel_fails() {
        assertThatThrownBy(() -> build(b -> b.model(BookGenre.class)
                .associate(Associations.of(Book.class).belongsToMany(Genre.class)
                    .through(BookGenre.class, t -> t.scope("deletedAt", null)))))
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Book.belongsToMany(Genre) as 'genres': through scope column 'deletedAt' is not a field of "
                + "BookGenre. Add a 'deletedAt' field to BookGenre or fix the through(..., t -> t.scope(...)) call.");
    }
}
