package dev.kinship.runtime.core;

import dev.kinship.dsl.Associations;
import dev.kinship.dsl.Schema;

/** Tables that reference each other: a country's capital is a city of that country; a person's mentor is a person. */
public final class CycleModels {

    private CycleModels() {
    }

    public static Schema schema() {
        return Schema.builder()
            .model(Country.class).model(City.class).model(Person.class)
            .associate(Associations.of(Country.class)
                .belongsTo(City.class).foreignKey("capitalId").as("capital"))
            .associate(Associations.of(City.class)
                .belongsTo(Country.class).foreignKey("countryId").as("country"))
            .associate(Associations.of(Person.class)
                .belongsTo(Person.class).foreignKey("mentorId").as("mentor"))
            .build();
    }

    static class Country {
        Long id;
        String name;
        Long capitalId;
        City capital;

        Country() {
        }

        Country(String name) {
            this.name = name;
        }
    }

    static class City {
        Long id;
        String name;
        Long countryId;
        Country country;

        City() {
        }

        City(String name, Long countryId) {
            this.name = name;
            this.countryId = countryId;
        }
    }

    static class Person {
        Long id;
        String name;
        Long mentorId;
        Person mentor;

        Person() {
        }

        Person(String name, Long mentorId) {
            this.name = name;
            this.mentorId = mentorId;
        }
    }
}
