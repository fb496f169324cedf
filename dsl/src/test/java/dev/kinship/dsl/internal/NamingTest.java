package dev.kinship.dsl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamingTest {

    @ParameterizedTest
    @CsvSource({
        "user, users", "category, categories", "person, people", "box, boxes", "status, statuses",
        "day, days", "church, churches", "wish, wishes", "shelf, shelves", "roof, roofs", "hero, heroes",
        "photo, photos", "analysis, analyses", "axis, axes", "quiz, quizzes", "news, news", "child, children",
        "teamMember, teamMembers", "salesPerson, salesPeople", "BookShelf, BookShelves", "Person, People"})
    void plural_englishRules_pluralizeLastWord(String singular, String plural) {
        assertThat(Naming.plural(singular)).isEqualTo(plural);
    }

    @ParameterizedTest
    @CsvSource({"authorId, author_id", "TeamMembers, team_members", "id, id", "already_snake, already_snake",
        "createdAtUtc, created_at_utc"})
    void snake_camelCase_becomesSnakeCase(String camel, String snake) {
        assertThat(Naming.snake(camel)).isEqualTo(snake);
    }

    @ParameterizedTest
    @CsvSource({"users, true", "_x1, true", "team_members, true", "1st, false", "'team members', false",
        "'posts;drop', false", "'', false", "naïve, false"})
    void isIdentifier_plainSqlIdentifiersOnly(String name, boolean identifier) {
        assertThat(Naming.isIdentifier(name)).isEqualTo(identifier);
    }
}
