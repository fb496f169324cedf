package dev.kinship.runtime.schema;

import static dev.kinship.dsl.ReferentialAction.CASCADE;
import static dev.kinship.dsl.ReferentialAction.SET_NULL;

import dev.kinship.dsl.Associations;
import dev.kinship.dsl.ReferentialAction;
import dev.kinship.dsl.Schema;

/** Successive versions of one application's models, all on table "People" (and "Pets"). */
final class Versions {

    private Versions() {
    }

    static Schema people(Class<?> person) {
        return Schema.builder().model(person, m -> m.table("People")).build();
    }

    static Schema withPets(Class<?> person, ReferentialAction onDelete) {
        return Schema.builder().model(person, m -> m.table("People")).model(Pet.class, m -> m.table("Pets"))
            .associate(Associations.of(Pet.class).belongsTo(person).foreignKey("ownerId").as("owner")
                .onDelete(onDelete))
            .build();
    }

    static Schema petsCascade(Class<?> person) {
        return withPets(person, CASCADE);
    }

    static Schema petsSetNull(Class<?> person) {
        return withPets(person, SET_NULL);
    }

    /** The first version: a name. */
    static class Person {
        Long id;
        String name;

        Person() {
        }

        Person(String name) {
            this.name = name;
        }
    }

    /** The name and an e-mail address. */
    static class PersonWithEmail {
        Long id;
        String name;
        String email;
    }

    /** The name and a nickname (nullable) and a score (NOT NULL: a primitive). */
    static class PersonWithExtras {
        Long id;
        String name;
        String nickname;
        int score;

        PersonWithExtras() {
        }

        PersonWithExtras(String name, String nickname, int score) {
            this.name = name;
            this.nickname = nickname;
            this.score = score;
        }
    }

    /** The name, a nickname and a score that may now be missing. */
    static class PersonWithOptionalScore {
        Long id;
        String name;
        String nickname;
        Integer score;
    }

    /** The name and an age, as text. */
    static class PersonWithTextAge {
        Long id;
        String name;
        String age;
    }

    /** The name and an age, as a number. */
    static class PersonWithAge {
        Long id;
        String name;
        Integer age;
    }

    /** A pet, owned by a person (of whichever version). */
    static class Pet {
        Long id;
        String name;
        Long ownerId;
    }
}
