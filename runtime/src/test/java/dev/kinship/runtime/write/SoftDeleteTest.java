package dev.kinship.runtime.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kinship.dsl.Associations;
import dev.kinship.dsl.Schema;
import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.ToMany;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Through.softDelete: remove and set mark join rows instead of deleting them. */
class SoftDeleteTest {

    static class Club {
        Long id;
        String name;
        List<Person> members;

        Club() {
        }

        Club(String name) {
            this.name = name;
        }
    }

    static class Person {
        Long id;
        String name;

        Person() {
        }

        Person(String name) {
            this.name = name;
        }
    }

    static class Membership {
        Long id;
        Long clubId;
        Long personId;
        Instant leftAt;
    }

    static Schema schema() {
        return Schema.builder().model(Club.class).model(Person.class).model(Membership.class)
            .associate(Associations.of(Club.class)
                .belongsToMany(Person.class)
                    .through(Membership.class, t -> t.unique(false).scope("leftAt", null).softDelete("leftAt"))
                    .foreignKey("clubId").otherKey("personId").as("members"))
            .build();
    }

    @RegisterExtension
    final TestDatabase db = TestDatabase.inMemory(SoftDeleteTest::schema);

    private long rows(String where) {
        return db.get().withConnection(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM \"Memberships\" WHERE " + where)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void remove_marksTheJoinRowAndHidesTheMember() {
        try (Session s = db.open()) {
            Club chess = s.insert(new Club("chess"));
            Person ada = s.insert(new Person("ada"));
            Person bob = s.insert(new Person("bob"));
            ToMany<Person> members = s.toMany(chess, "members");
            members.addAll(List.of(ada, bob));
            long before = s.stats().statements();
            members.remove(ada);
            assertThat(s.stats().statements() - before).isEqualTo(1);
            assertThat(members.count()).isEqualTo(1);
            assertThat(members.has(ada)).isFalse();
            assertThat(members.get()).extracting(p -> p.name).containsExactly("bob");
        }
        assertThat(rows("\"leftAt\" IS NOT NULL")).isEqualTo(1);
        assertThat(rows("\"leftAt\" IS NULL")).isEqualTo(1);
    }

    @Test
    void addAfterRemove_linksAgainWithANewRowAndKeepsTheHistory() {
        try (Session s = db.open()) {
            Club chess = s.insert(new Club("chess"));
            Person ada = s.insert(new Person("ada"));
            ToMany<Person> members = s.toMany(chess, "members");
            members.add(ada);
            members.remove(ada);
            members.add(ada);
            assertThat(members.count()).isEqualTo(1);
        }
        assertThat(rows("1 = 1")).isEqualTo(2);
        assertThat(rows("\"leftAt\" IS NOT NULL")).isEqualTo(1);
    }

    @Test
    void set_marksWhatIsGoneAndLinksWhatIsNew() {
        try (Session s = db.open()) {
            Club chess = s.insert(new Club("chess"));
            Person ada = s.insert(new Person("ada"));
            Person bob = s.insert(new Person("bob"));
            ToMany<Person> members = s.toMany(chess, "members");
            members.add(ada);
            members.set(List.of(bob));
            assertThat(members.get()).extracting(p -> p.name).containsExactly("bob");
        }
        assertThat(rows("\"leftAt\" IS NOT NULL")).isEqualTo(1);
        assertThat(rows("1 = 1")).isEqualTo(2);
    }

    @Test
    void include_hidesMarkedMembers() {
        try (Session s = db.open()) {
            Club chess = s.insert(new Club("chess"));
            Person ada = s.insert(new Person("ada"));
            Person bob = s.insert(new Person("bob"));
            ToMany<Person> members = s.toMany(chess, "members");
            members.addAll(List.of(ada, bob));
            members.remove(bob);
        }
        try (Session s = db.open()) {
            Club chess = s.query(Club.class).include("members").first().orElseThrow();
            assertThat(chess.members).extracting(p -> p.name).containsExactly("ada");
        }
    }
}
