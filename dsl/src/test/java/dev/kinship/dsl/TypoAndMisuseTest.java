package dev.kinship.dsl;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Declarations that would quietly do the wrong thing: a key one edit from a field, a primitive id, two tables. */
class TypoAndMisuseTest {

    static class Person {
        Long id;
    }

    static class Pet {
        Long id;
        Long personId;
    }

    static class Counter {
        long id;
    }

    @Test
    void foreignKeyOneEditAwayFromAField_isRefusedWithTheFieldNamed() {
        assertThatThrownBy(() -> Schema.builder().model(Person.class).model(Pet.class)
                .associate(Associations.of(Pet.class).belongsTo(Person.class).foreignKey("persnId").as("owner"))
                .build())
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Pet.belongsTo(Person) as 'owner': foreign key 'persnId' is no field of Pet, but is one edit "
                + "away from its field 'personId'. Did you mean foreignKey(\"personId\")? Kinship would otherwise keep "
                + "'persnId' as a column of its own and leave Pet.personId unset; name the key differently if a new "
                + "column is what you want.");
    }

    @Test
    void primitiveId_isRefused() {
        assertThatThrownBy(() -> Schema.builder().model(Counter.class).build())
            .isInstanceOf(AssociationDefinitionException.class)
            .hasMessage("Model Counter: field 'id' is the primitive long, so a new Counter would carry id 0 instead of "
                + "having one generated. Declare it as Long.");
    }

    @Test
    void oneModelGivenTwoTables_isRefusedAtTheCall() {
        assertThatThrownBy(() -> Schema.builder().model(Person.class, m -> m.table("people"))
                .model(Person.class, m -> m.table("persons")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("Model Person was given table 'people' and now 'persons'; a model has one table. Register "
                + "Person once, or keep one table(...) call.");
    }
}
