package dev.kinship.examples.pitfalls;

import static dev.kinship.dsl.ReferentialAction.RESTRICT;
import static dev.kinship.dsl.ReferentialAction.SET_NULL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.kinship.dsl.AssociationDefinitionException;
import dev.kinship.dsl.Associations;
import dev.kinship.dsl.Schema;
import dev.kinship.runtime.ConstraintViolationException;
import dev.kinship.runtime.Database;
import dev.kinship.runtime.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The guide's common pitfalls, each caught by Kinship with the message README quotes: the test
 * fails when a message changes and README does not.
 */
class PitfallsTest {

    static class Author {
        Long id;
        Long favoriteBookId;
    }

    static class Book {
        Long id;
        Long authorId;
    }

    static class Department {
        Long id;
        List<Employee> employees;
    }

    static class Employee {
        Long id;
        Integer departmentId;
    }

    static class Team {
        Long id;
        List<Player> players;
    }

    static class Player {
        Long id;
        Long teamId;
    }

    @Test
    void circularDependency_ofNotNullKeys_isRefused() throws IOException {
        Schema.Builder builder = Schema.builder().model(Author.class).model(Book.class)
            .associate(Associations.of(Author.class)
                .belongsTo(Book.class).foreignKey("favoriteBookId").as("favoriteBook").allowNull(false))
            .associate(Associations.of(Book.class)
                .belongsTo(Author.class).foreignKey("authorId").as("author").allowNull(false));
        assertQuotedInReadme(catchThrowable(builder::build), AssociationDefinitionException.class);
    }

    @Test
    void foreignKey_differingOnlyInCase_isATypo() throws IOException {
        Schema.Builder builder = Schema.builder().model(Team.class).model(Player.class)
            .associate(Associations.of(Team.class).hasMany(Player.class).foreignKey("teamID").as("players"));
        assertQuotedInReadme(catchThrowable(builder::build), AssociationDefinitionException.class);
    }

    @Test
    void foreignKey_ofAnotherType_isRefused() throws IOException {
        Schema.Builder builder = Schema.builder().model(Department.class).model(Employee.class)
            .associate(Associations.of(Department.class).hasMany(Employee.class).as("employees"));
        assertQuotedInReadme(catchThrowable(builder::build), AssociationDefinitionException.class);
    }

    @Test
    void setNull_onAKeyThatMayNotBeNull_isRefused() throws IOException {
        Schema.Builder builder = Schema.builder().model(Team.class).model(Player.class)
            .associate(Associations.of(Team.class)
                .hasMany(Player.class).foreignKey("teamId").as("players").allowNull(false).onDelete(SET_NULL));
        assertQuotedInReadme(catchThrowable(builder::build), AssociationDefinitionException.class);
    }

    @Test
    void restrict_withChildren_refusesTheDeleteAndKeepsEveryRow(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Schema schema = Schema.builder().model(Team.class).model(Player.class)
            .associate(Associations.of(Team.class)
                .hasMany(Player.class).foreignKey("teamId").as("players").onDelete(RESTRICT))
            .build();
        try (Database db = Database.sqlite(dir.resolve("teams.db"), schema)) {
            db.sync();
            try (Session s = db.openSession()) {
                Team team = s.insert(new Team());
                Player player = new Player();
                player.teamId = team.id;
                s.insert(player);
                assertQuotedInReadme(catchThrowable(() -> s.delete(team)), ConstraintViolationException.class);
                assertThat(s.query(Team.class).count()).isEqualTo(1);
                assertThat(s.query(Player.class).count()).isEqualTo(1);
            }
        }
    }

    @Test
    void hasOne_onAListField_isTheWrongRelationshipType() throws IOException {
        Schema.Builder builder = Schema.builder().model(Team.class).model(Player.class)
            .associate(Associations.of(Team.class).hasOne(Player.class).foreignKey("teamId").as("players"));
        assertQuotedInReadme(catchThrowable(builder::build), AssociationDefinitionException.class);
    }

    private static void assertQuotedInReadme(Throwable thrown, Class<? extends Throwable> type) throws IOException {
        assertThat(thrown).isInstanceOf(type);
        String readme = Files.readString(readme()).replaceAll("\\n>\\s?", " ").replaceAll("\\s+", " ");
        assertThat(readme).as("README quotes: %s", thrown.getMessage()).contains(thrown.getMessage());
    }

    private static Path readme() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("README.md")) && Files.exists(p.resolve("examples"))) {
                return p.resolve("README.md");
            }
        }
        throw new IllegalStateException("README.md not found");
    }
}
