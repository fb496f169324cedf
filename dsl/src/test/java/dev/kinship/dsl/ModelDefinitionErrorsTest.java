package dev.kinship.dsl;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Entity classes, registration and identifiers that cannot work: one test per mistake, message asserted. */
class ModelDefinitionErrorsTest {

    private static final String SUBCLASS_HINT = ". Kinship subclasses every entity class at run time for lazy "
        + "loading, so %s must be a non-final, non-abstract class (not a record or an interface) with a no-arg "
        + "constructor that is at least package-private.";

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
    }

    static class BookGenre {
        Long bookId;
        Long genreId;
    }

    static final class Sealed {
        Long id;
    }

    record Point(Long id) {
    }

    interface Named {
    }

    abstract static class Base {
        Long id;
    }

    static class Strict {
        Long id;

        Strict(Long id) {
            this.id = id;
        }
    }

    static class Hidden {
        Long id;

        private Hidden() {
        }
    }

    class Inner {
        Long id;
    }

    static class Nameless {
        String name;
    }

    static class Measured {
        Double id;
    }

    static class Shelf {
        Long id;
        List<Book> books;
    }

    static class Drawer {
        Long id;
        java.util.Map<String, String> labels;
    }

    static class Magazine {
        Long id;
        List<Book> books;

        final List<Book> getBooks() {
            return books;
        }
    }

    static class Periodical {
        Long id;
        Author editor;

        final void setEditor(Author editor) {
            this.editor = editor;
        }
    }

    // ---- registration ---------------------------------------------------------------------------

    @Test
    void target_notRegistered_failsListingRegisteredModels() {
        assertThatThrownBy(() -> Schema.builder().model(Author.class)
                .associate(Associations.of(Author.class).hasMany(Book.class))
                .build())
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Author.hasMany(Book) as 'books': target Book is not a registered model. Registered models: "
                + "[Author]. Register it with Schema.builder().model(Book.class) or discover(Book.class).");
    }

    @Test
    void source_notRegistered_failsListingRegisteredModels() {
        assertThatThrownBy(() -> Schema.builder().model(Author.class)
                .associate(Associations.of(Book.class).belongsTo(Author.class))
                .build())
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Book.belongsTo(Author) as 'author': source Book is not a registered model. Registered models: "
                + "[Author]. Register it with Schema.builder().model(Book.class) or discover(Book.class).");
    }

    @Test
    void throughModel_notRegistered_failsListingRegisteredModels() {
        assertThatThrownBy(() -> Schema.builder().model(Book.class).model(Genre.class)
                .associate(Associations.of(Book.class).belongsToMany(Genre.class).through(BookGenre.class))
                .build())
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Book.belongsToMany(Genre) as 'genres': through model BookGenre is not a registered model. "
                + "Registered models: [Book, Genre]. Register it with Schema.builder().model(BookGenre.class) or "
                + "discover(BookGenre.class).");
    }

    // ---- entity classes -------------------------------------------------------------------------

    @Test
    void entity_final_fails() {
        assertThatThrownBy(() -> Schema.builder().model(Author.class).model(Sealed.class)
                .associate(Associations.of(Author.class).hasMany(Sealed.class))
                .build())
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Author.hasMany(Sealed) as 'sealeds': model Sealed is final" + SUBCLASS_HINT.formatted("Sealed"));
    }

    @Test
    void entity_finalAndUnused_failsWithoutAssociationPrefix() {
        assertThatThrownBy(() -> Schema.builder().model(Sealed.class).build())
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Model Sealed is final" + SUBCLASS_HINT.formatted("Sealed"));
    }

    @Test
    void entity_record_fails() {
        assertThatThrownBy(() -> Schema.builder().model(Point.class).build())
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Model Point is a record, and records are final" + SUBCLASS_HINT.formatted("Point"));
    }

    @Test
    void entity_interface_fails() {
        assertThatThrownBy(() -> Schema.builder().model(Author.class).model(Named.class)
                .associate(Associations.of(Author.class).belongsTo(Named.class))
                .build())
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Author.belongsTo(Named) as 'named': model Named is an interface" + SUBCLASS_HINT.formatted("Named"));
    }

    @Test
    void entity_abstract_fails() {
        assertThatThrownBy(() -> Schema.builder().model(Base.class).build())
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Model Base is abstract" + SUBCLASS_HINT.formatted("Base"));
    }

    @Test
    void entity_withoutNoArgConstructor_fails() {
        assertThatThrownBy(() -> Schema.builder().model(Strict.class).build())
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Model Strict has no no-arg constructor" + SUBCLASS_HINT.formatted("Strict"));
    }

    @Test
    void entity_privateNoArgConstructor_fails() {
        assertThatThrownBy(() -> Schema.builder().model(Hidden.class).build())
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Model Hidden has only a private no-arg constructor" + SUBCLASS_HINT.formatted("Hidden"));
    }

    @Test
    void entity_innerClass_fails() {
        assertThatThrownBy(() -> Schema.builder().model(Inner.class).build())
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Model Inner is an inner class (not static)" + SUBCLASS_HINT.formatted("Inner"));
    }

    @Test
    void entity_withoutId_fails() {
        assertThatThrownBy(() -> Schema.builder().model(Nameless.class).build())
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Model Nameless has no 'id' field. Add a Long id (generated by the database) or a String/UUID "
                + "id (assigned by you); only join models may go without one.");
    }

    @Test
    void entity_idOfUnsupportedType_fails() {
        assertThatThrownBy(() -> Schema.builder().model(Measured.class).build())
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Model Measured: field 'id' is Double; an id must be Long or Integer (generated by the "
                + "database) or String or UUID (assigned by you).");
    }

    @Test
    void entity_associationFieldWithoutDeclaration_fails() {
        assertThatThrownBy(() -> Schema.builder().model(Shelf.class).model(Book.class).build())
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Model Shelf: field 'books' of type List<Book> is neither a column nor the field of an "
                + "association of Shelf. Declare the association, e.g. Associations.of(Shelf.class).hasMany(Book.class)"
                + ".as(\"books\"), or mark the field transient.");
    }

    @Test
    void entity_fieldOfUnsupportedType_fails() {
        assertThatThrownBy(() -> Schema.builder().model(Drawer.class).build())
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Model Drawer: field 'labels' of type Map<String, String> is neither a column nor the field of "
                + "an association of Drawer. Use a column type (String, numbers, boolean, enums, BigDecimal, UUID, "
                + "byte[], LocalDate, LocalDateTime, Instant), or mark the field transient.");
    }

    @Test
    void associationGetter_final_fails() {
        assertThatThrownBy(() -> Schema.builder().model(Magazine.class).model(Book.class)
                .associate(Associations.of(Magazine.class).hasMany(Book.class))
                .build())
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Magazine.hasMany(Book) as 'books': getter Magazine.getBooks() is final, so lazy loading cannot "
                + "intercept it. Remove 'final' from getBooks().");
    }

    @Test
    void associationSetter_final_fails() {
        assertThatThrownBy(() -> Schema.builder().model(Periodical.class).model(Author.class)
                .associate(Associations.of(Periodical.class).belongsTo(Author.class).as("editor"))
                .build())
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Periodical.belongsTo(Author) as 'editor': setter Periodical.setEditor(...) is final, so Kinship "
                + "cannot mark the association loaded when it is called. Remove 'final'.");
    }

    // ---- identifiers ----------------------------------------------------------------------------

    @Test
    void table_notAnIdentifier_fails() {
        assertThatThrownBy(() -> Schema.builder().model(Author.class, m -> m.table("the authors")).build())
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Model Author: table name 'the authors' is not a plain SQL identifier (letters, digits and "
                + "underscores, not starting with a digit). Choose another name with ModelOptions.table(...).");
    }

    @Test
    void column_notAnIdentifier_fails() {
        assertThatThrownBy(() -> Schema.builder().model(Author.class, m -> m.column("name", "full name")).build())
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Model Author: field 'name' maps to column 'full name', which is not a plain SQL identifier "
                + "(letters, digits and underscores, not starting with a digit). Choose another name with "
                + "ModelOptions.column(\"name\", ...).");
    }

    @Test
    void alias_notAnIdentifier_fails() {
        assertThatThrownBy(() -> Schema.builder().model(Author.class).model(Book.class)
                .associate(Associations.of(Author.class).hasMany(Book.class).as("best-sellers"))
                .build())
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Author.hasMany(Book) as 'best-sellers': alias 'best-sellers' is not a plain SQL identifier "
                + "(letters, digits and underscores, not starting with a digit). Choose another name with as(...).");
    }

    @Test
    void joinTableName_notAnIdentifier_fails() {
        assertThatThrownBy(() -> Schema.builder().model(Book.class).model(Genre.class)
                .associate(Associations.of(Book.class).belongsToMany(Genre.class).through("book genres"))
                .build())
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Book.belongsToMany(Genre) as 'genres': join table name 'book genres' is not a plain SQL "
                + "identifier (letters, digits and underscores, not starting with a digit). Choose another name with "
                + "through(...).");
    }

    @Test
    void joinTableKey_notAnIdentifier_fails() {
        assertThatThrownBy(() -> Schema.builder().model(Book.class).model(Genre.class)
                .associate(Associations.of(Book.class).belongsToMany(Genre.class).through("BookGenres")
                    .foreignKey("book id"))
                .build())
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Book.belongsToMany(Genre) as 'genres': join table key 'book id' is not a plain SQL "
                + "identifier (letters, digits and underscores, not starting with a digit). Choose another name with "
                + "foreignKey(...).");
    }

    @Test
    void keptForeignKey_notAnIdentifier_fails() {
        assertThatThrownBy(() -> Schema.builder().model(Author.class).model(Genre.class)
                .associate(Associations.of(Genre.class).belongsTo(Author.class).foreignKey("author-id"))
                .build())
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Genre.belongsTo(Author) as 'author': key 'author-id' of Genre maps to column 'author-id', "
                + "which is not a plain SQL identifier (letters, digits and underscores, not starting with a digit). "
                + "Choose another name with foreignKey(...).");
    }

    // ---- tables and columns ---------------------------------------------------------------------

    @Test
    void twoModels_sameTableIgnoringCase_fail() {
        assertThatThrownBy(() -> Schema.builder().model(Author.class).model(Book.class, m -> m.table("authors")).build())
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Models Author and Book both map to table 'Authors' (Book spells it 'authors'; SQL table names "
                + "ignore case). Give one of them another table with ModelOptions.table(...).");
    }

    @Test
    void twoModels_sameExplicitTable_fail() {
        assertThatThrownBy(() -> Schema.builder().model(Author.class, m -> m.table("people"))
                .model(Book.class, m -> m.table("people")).build())
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Models Author and Book both map to table 'people'. Give one of them another table with "
                + "ModelOptions.table(...).");
    }

    @Test
    void joinTableName_equalsModelTableIgnoringCase_fails() {
        assertThatThrownBy(() -> Schema.builder().model(Book.class).model(Genre.class)
                .associate(Associations.of(Book.class).belongsToMany(Genre.class).through("books"))
                .build())
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Book.belongsToMany(Genre) as 'genres': join table 'books' is already the table of model Book. "
                + "Use through(Book.class) to link through that model, or name another table.");
    }

    @Test
    void joinTableNames_differingOnlyInCase_fail() {
        assertThatThrownBy(() -> Schema.builder().model(Book.class).model(Genre.class)
                .associate(Associations.of(Book.class).belongsToMany(Genre.class).through("BookGenres"))
                .associate(Associations.of(Genre.class).belongsToMany(Book.class).through("bookgenres"))
                .build())
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Genre.belongsToMany(Book) as 'books': join table 'bookgenres' differs from the join table "
                + "'BookGenres' of Book.belongsToMany(Genre) as 'genres' only in case, and SQL table names ignore case. "
                + "Use the same name on both sides, or name another table.");
    }

    @Test
    void columnOption_namingNoField_fails() {
        assertThatThrownBy(() -> Schema.builder().model(Author.class, m -> m.column("nmae", "author_name")).build())
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Model Author: column(\"nmae\", ...) names no column of Author. Its column fields: [id, name]. "
                + "Use one of those names in ModelOptions.column(...) or remove the call.");
    }

    @Test
    void columnOption_twoFieldsOnOneColumn_fails() {
        assertThatThrownBy(() -> Schema.builder().model(Book.class, m -> m.column("title", "authorId")).build())
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Model Book: 'title' and 'authorId' both map to column 'authorId' of table 'Books'. Give one of "
                + "them another column with ModelOptions.column(...).");
    }
}
