package dev.kinship.runtime.query;

import static dev.kinship.runtime.Where.between;
import static dev.kinship.runtime.Where.eq;
import static dev.kinship.runtime.Where.ge;
import static dev.kinship.runtime.Where.gt;
import static dev.kinship.runtime.Where.has;
import static dev.kinship.runtime.Where.in;
import static dev.kinship.runtime.Where.le;
import static dev.kinship.runtime.Where.like;
import static dev.kinship.runtime.Where.likeIgnoreCase;
import static dev.kinship.runtime.Where.lt;
import static dev.kinship.runtime.Where.ne;
import static dev.kinship.runtime.Where.notIn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kinship.runtime.Condition;
import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.query.Library.Author;
import dev.kinship.runtime.query.Library.Book;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Hostile strings through every factory of {@code Where} and through {@code Session.sql}'s
 * parameters: each is only ever a bound value, so it matches what it equals and nothing else, and
 * every table is still there afterwards.
 */
class HostileValuesTest {

    static final List<String> CORPUS = List.of(
        "'; DROP TABLE \"Books\"; --",
        "\" OR 1=1 --",
        "x' OR 'a'='a",
        "Robert'); DELETE FROM \"Authors\" WHERE ('1'='1",
        "\\\\'; SELECT pg_sleep(1); --",
        "%' UNION SELECT * FROM \"Authors\" --",
        "*/ OR /* ",
        "日本語' --",
        "$$; DROP TABLE \"Books\"; $$");

    static List<String> corpus() {
        return CORPUS;
    }

    @RegisterExtension
    final TestDatabase db = TestDatabase.inMemory(Library::schema);

    /** @return {@code text} as a LIKE pattern that matches only itself */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private long titled(Session s, Condition condition) {
        return s.query(Book.class).where(condition).count();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void everyFactory_treatsTheStringAsAValue(String hostile) {
        try (Session s = db.open()) {
            Author a = s.insert(new Author("author"));
            s.insert(new Book(hostile, BigDecimal.ONE, true, a.id));
            s.insert(new Book("plain", BigDecimal.ONE, true, a.id));
            List<Function<String, Condition>> exact = List.of(v -> eq("title", v), v -> in("title", List.of(v, v)),
                v -> between("title", v, v), v -> has("author", eq("name", "author")), v -> eq("author.name", "author"));
            assertThat(titled(s, eq("title", hostile))).isEqualTo(1);
            assertThat(titled(s, ne("title", hostile))).isEqualTo(1);
            assertThat(titled(s, in("title", List.of(hostile)))).isEqualTo(1);
            assertThat(titled(s, notIn("title", List.of(hostile)))).isEqualTo(1);
            assertThat(titled(s, between("title", hostile, hostile))).isEqualTo(1);
            assertThat(titled(s, lt("title", hostile)) + titled(s, ge("title", hostile))).isEqualTo(2);
            assertThat(titled(s, le("title", hostile)) + titled(s, gt("title", hostile))).isEqualTo(2);
            String literal = escapeLike(hostile);
            assertThat(titled(s, like("title", literal))).isEqualTo(1);
            assertThat(titled(s, likeIgnoreCase("title", "%" + literal + "%"))).isEqualTo(1);
            assertThat(titled(s, has("author", eq("name", hostile)))).isZero();
            assertThat(titled(s, eq("author.name", hostile))).isZero();
            assertThat(exact).allSatisfy(f -> assertThat(titled(s, f.apply(hostile))).isPositive());
            assertThat(s.sql(Book.class, "SELECT * FROM \"Books\" WHERE \"title\" = ?", hostile)).hasSize(1);
        }
        assertThat(db.rows("Books")).isEqualTo(2);
        assertThat(db.rows("Authors")).isEqualTo(1);
    }
}
