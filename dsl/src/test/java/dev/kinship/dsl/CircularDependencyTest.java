package dev.kinship.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CircularDependencyTest {

    static class Author {
        Long id;
        Long favoriteBookId;
    }

    static class Book {
        Long id;
        Long authorId;
    }

    static class Employee {
        Long id;
        Long managerId;
    }

    @Test
    void notNullKeys_inACycle_areRefusedWithTheCycle() {
        Schema.Builder builder = Schema.builder().model(Author.class).model(Book.class)
            .associate(Associations.of(Author.class)
                .belongsTo(Book.class).foreignKey("favoriteBookId").as("favoriteBook").allowNull(false))
            .associate(Associations.of(Book.class)
                .belongsTo(Author.class).foreignKey("authorId").as("author").allowNull(false));
        assertThatThrownBy(builder::build).isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Author.belongsTo(Book) as 'favoriteBook': circular dependency: Author.belongsTo(Book) as "
                + "'favoriteBook' makes Author.favoriteBookId NOT NULL, and Book.belongsTo(Author) as 'author' makes "
                + "Book.authorId NOT NULL. No Author or Book row can be inserted first, because each needs the other to "
                + "exist. Let one of these keys allow null (allowNull(true)), or declare constraints(false) on one of "
                + "them.");
    }

    @Test
    void notNullSelfReference_isACycleOfOne() {
        Schema.Builder builder = Schema.builder().model(Employee.class)
            .associate(Associations.of(Employee.class)
                .belongsTo(Employee.class).foreignKey("managerId").as("manager").allowNull(false));
        assertThatThrownBy(builder::build).isInstanceOf(AssociationDefinitionException.class)
            .hasMessageContaining("circular dependency: Employee.belongsTo(Employee) as 'manager' makes "
                + "Employee.managerId NOT NULL. No Employee row can be inserted first");
    }

    @Test
    void cycle_withOneNullableKey_isAccepted() {
        Schema schema = Schema.builder().model(Author.class).model(Book.class)
            .associate(Associations.of(Author.class)
                .belongsTo(Book.class).foreignKey("favoriteBookId").as("favoriteBook"))
            .associate(Associations.of(Book.class)
                .belongsTo(Author.class).foreignKey("authorId").as("author").allowNull(false))
            .build();
        assertThat(schema.association(Author.class, "favoriteBook").allowNull()).isTrue();
    }

    @Test
    void cycle_withoutConstraints_isAccepted() {
        Schema schema = Schema.builder().model(Author.class).model(Book.class)
            .associate(Associations.of(Author.class)
                .belongsTo(Book.class).foreignKey("favoriteBookId").as("favoriteBook").allowNull(false)
                .constraints(false))
            .associate(Associations.of(Book.class)
                .belongsTo(Author.class).foreignKey("authorId").as("author").allowNull(false))
            .build();
        assertThat(schema.association(Author.class, "favoriteBook").constraints()).isFalse();
    }
}
