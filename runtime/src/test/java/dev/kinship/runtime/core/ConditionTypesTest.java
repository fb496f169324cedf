package dev.kinship.runtime.core;

import static dev.kinship.runtime.Where.between;
import static dev.kinship.runtime.Where.eq;
import static dev.kinship.runtime.Where.ge;
import static dev.kinship.runtime.Where.gt;
import static dev.kinship.runtime.Where.in;
import static dev.kinship.runtime.Where.isNotNull;
import static dev.kinship.runtime.Where.isNull;
import static dev.kinship.runtime.Where.le;
import static dev.kinship.runtime.Where.lt;
import static dev.kinship.runtime.Where.ne;
import static dev.kinship.runtime.Where.notIn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kinship.runtime.Condition;
import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.core.TypeModels.Mood;
import dev.kinship.runtime.core.TypeModels.Sample;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every comparison factory on every column type, on both databases: one row holds a low value,
 * one a high value, one NULL; each factory must match exactly the rows SQL's logic says.
 */
class ConditionTypesTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.inMemory(TypeModels::schema);

    static Stream<Arguments> values() {
        return Stream.of(
            Arguments.of("text", "apple", "banana"),
            Arguments.of("longValue", 1L, 2L),
            Arguments.of("intValue", 1, 2),
            Arguments.of("shortValue", (short) 1, (short) 2),
            Arguments.of("byteValue", (byte) 1, (byte) 2),
            Arguments.of("doubleValue", 1.5, 2.5),
            Arguments.of("floatValue", 1.5f, 2.5f),
            Arguments.of("booleanValue", false, true),
            Arguments.of("charValue", 'a', 'b'),
            Arguments.of("decimal", new BigDecimal("9.50"), new BigDecimal("10")),
            Arguments.of("uuid", UUID.fromString("00000000-0000-0000-0000-000000000001"),
                UUID.fromString("00000000-0000-0000-0000-000000000002")),
            Arguments.of("date", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
            Arguments.of("dateTime", LocalDateTime.of(2024, 1, 1, 9, 0), LocalDateTime.of(2024, 1, 1, 10, 0)),
            Arguments.of("instant", Instant.parse("2024-01-01T09:00:00Z"), Instant.parse("2024-01-01T10:00:00Z")),
            Arguments.of("mood", Mood.CALM, Mood.CURIOUS));
    }

    private void rows(String field, Object low, Object high) throws ReflectiveOperationException {
        Field f = Sample.class.getDeclaredField(field);
        try (Session s = db.open()) {
            for (Object value : new Object[] {low, high, null}) {
                Sample sample = new Sample();
                sample.primitiveChar = 'x';
                f.set(sample, value);
                s.insert(sample);
            }
        }
    }

    private long count(Condition condition) {
        try (Session s = db.open()) {
            return s.query(Sample.class).where(condition).count();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void everyFactory_onThisType_matchesAsSqlSays(String field, Object low, Object high) throws Exception {
        rows(field, low, high);

        assertThat(count(eq(field, low))).isEqualTo(1);
        assertThat(count(ne(field, low))).as("ne leaves NULL out").isEqualTo(1);
        assertThat(count(lt(field, high))).isEqualTo(1);
        assertThat(count(le(field, high))).isEqualTo(2);
        assertThat(count(gt(field, low))).isEqualTo(1);
        assertThat(count(ge(field, low))).isEqualTo(2);
        assertThat(count(between(field, low, high))).isEqualTo(2);
        assertThat(count(in(field, List.of(low, high)))).isEqualTo(2);
        assertThat(count(notIn(field, List.of(low)))).as("notIn leaves NULL out").isEqualTo(1);
        assertThat(count(isNull(field))).isEqualTo(1);
        assertThat(count(isNotNull(field))).isEqualTo(2);
    }
}
