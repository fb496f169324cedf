package dev.kinship.runtime.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kinship.runtime.ColumnValueException;
import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.core.TypeModels.Mood;
import dev.kinship.runtime.core.TypeModels.Sample;
import dev.kinship.runtime.TestDatabases;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every simple type, written and read back; how each is stored; values a column or field cannot hold. */
class TypeMappingTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.inMemory(TypeModels::schema);

    /** Inserts a sample set up by {@code setup} and reads it back in a new session. */
    private Sample roundTrip(Consumer<Sample> setup) {
        Long id;
        try (Session s = db.open()) {
            Sample sample = new Sample();
            sample.primitiveChar = 'x'; // the default U+0000 is refused on PostgreSQL, whose text cannot hold it
            setup.accept(sample);
            id = s.insert(sample).id;
        }
        try (Session s = db.open()) {
            return s.find(Sample.class, id).orElseThrow();
        }
    }

    /** @return what SQLite stores in {@code column} of the only sample: {@code typeof(column)} and its text */
    private String stored(String column) {
        return db.get().withConnection(c -> {
            try (var statement = c.createStatement();
                 var rows = statement.executeQuery("SELECT typeof(\"" + column + "\"), \"" + column
                     + "\" FROM \"Samples\"")) {
                rows.next();
                return rows.getString(1) + ":" + rows.getString(2);
            }
        });
    }

    /** Writes {@code sqlValue} (an SQL literal) into {@code column} of a new sample row with plain SQL. */
    private void storeRaw(String column, String sqlValue) {
        db.get().withConnection(c -> {
            try (var statement = c.createStatement()) {
                return statement.executeUpdate("INSERT INTO \"Samples\" (\"id\", \"" + column + "\", \"primitiveLong\", "
                    + "\"primitiveInt\", \"primitiveShort\", \"primitiveByte\", \"primitiveDouble\", \"primitiveFloat\", "
                    + "\"primitiveBoolean\", \"primitiveChar\") VALUES (1, " + sqlValue + ", 0, 0, 0, 0, 0, 0, FALSE, 'x')");
            }
        });
    }

    @Test
    void roundTrip_everyBoxedType_readsBackEqualValues() {
        UUID uuid = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
        Sample read = roundTrip(s -> {
            s.text = "naïve ☕ text";
            s.longValue = Long.MAX_VALUE;
            s.intValue = Integer.MIN_VALUE;
            s.shortValue = Short.MAX_VALUE;
            s.byteValue = Byte.MIN_VALUE;
            s.doubleValue = 0.1 + 0.2;
            s.floatValue = 3.14159f;
            s.booleanValue = Boolean.TRUE;
            s.charValue = 'λ';
            s.decimal = new BigDecimal("12345678901234567890.123456789");
            s.uuid = uuid;
            s.bytes = new byte[] {0, 1, -1, 127, -128};
            s.date = LocalDate.of(2024, 2, 29);
            s.dateTime = LocalDateTime.of(2024, 5, 1, 10, 15, 30, 123_456_789);
            s.instant = Instant.parse("2024-05-01T08:15:30.000000001Z");
            s.mood = Mood.CURIOUS;
        });

        assertThat(read.text).isEqualTo("naïve ☕ text");
        assertThat(read.longValue).isEqualTo(Long.MAX_VALUE);
        assertThat(read.intValue).isEqualTo(Integer.MIN_VALUE);
        assertThat(read.shortValue).isEqualTo(Short.MAX_VALUE);
        assertThat(read.byteValue).isEqualTo(Byte.MIN_VALUE);
        assertThat(read.doubleValue).isEqualTo(0.1 + 0.2);
        assertThat(read.floatValue).isEqualTo(3.14159f);
        assertThat(read.booleanValue).isTrue();
        assertThat(read.charValue).isEqualTo('λ');
        assertThat(read.decimal).isEqualTo(new BigDecimal("12345678901234567890.123456789"));
        assertThat(read.uuid).isEqualTo(uuid);
        assertThat(read.bytes).containsExactly(0, 1, -1, 127, -128);
        assertThat(read.date).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(read.dateTime).isEqualTo(LocalDateTime.of(2024, 5, 1, 10, 15, 30, 123_456_000));
        assertThat(read.instant).isEqualTo(Instant.parse("2024-05-01T08:15:30Z"));
        assertThat(read.mood).isEqualTo(Mood.CURIOUS);
    }

    @Test
    void roundTrip_everyPrimitiveType_readsBackEqualValues() {
        Sample read = roundTrip(s -> {
            s.primitiveLong = Long.MIN_VALUE;
            s.primitiveInt = Integer.MAX_VALUE;
            s.primitiveShort = Short.MIN_VALUE;
            s.primitiveByte = Byte.MAX_VALUE;
            s.primitiveDouble = -Double.MAX_VALUE;
            s.primitiveFloat = Float.MIN_VALUE;
            s.primitiveBoolean = true;
            s.primitiveChar = 'z';
        });

        assertThat(read.primitiveLong).isEqualTo(Long.MIN_VALUE);
        assertThat(read.primitiveInt).isEqualTo(Integer.MAX_VALUE);
        assertThat(read.primitiveShort).isEqualTo(Short.MIN_VALUE);
        assertThat(read.primitiveByte).isEqualTo(Byte.MAX_VALUE);
        assertThat(read.primitiveDouble).isEqualTo(-Double.MAX_VALUE);
        assertThat(read.primitiveFloat).isEqualTo(Float.MIN_VALUE);
        assertThat(read.primitiveBoolean).isTrue();
        assertThat(read.primitiveChar).isEqualTo('z');
    }

    @Test
    void roundTrip_nullInEveryBoxedType_readsBackNull() {
        Sample read = roundTrip(s -> { });

        assertThat(read).extracting(s -> s.text, s -> s.longValue, s -> s.intValue, s -> s.shortValue,
                s -> s.byteValue, s -> s.doubleValue, s -> s.floatValue, s -> s.booleanValue, s -> s.charValue,
                s -> s.decimal, s -> s.uuid, s -> s.bytes, s -> s.date, s -> s.dateTime, s -> s.instant, s -> s.mood)
            .containsOnlyNulls();
    }

    @Test
    void roundTrip_zeroAndFalse_areNotReadAsNull() {
        Sample read = roundTrip(s -> {
            s.longValue = 0L;
            s.intValue = 0;
            s.doubleValue = 0.0;
            s.floatValue = 0f;
            s.booleanValue = false;
        });

        assertThat(read.longValue).isZero();
        assertThat(read.intValue).isZero();
        assertThat(read.doubleValue).isZero();
        assertThat(read.floatValue).isZero();
        assertThat(read.booleanValue).isFalse();
    }

    @Test
    void roundTrip_edgeValues_readBackEqual() {
        Sample read = roundTrip(s -> {
            s.text = "";
            s.bytes = new byte[0];
            s.doubleValue = Double.NEGATIVE_INFINITY;
            s.floatValue = Float.POSITIVE_INFINITY;
            s.decimal = new BigDecimal("1.50");
            s.date = LocalDate.of(1, 1, 1);
            s.dateTime = LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999);
            s.instant = Instant.EPOCH;
        });

        assertThat(read.text).isEmpty();
        assertThat(read.bytes).isEmpty();
        assertThat(read.doubleValue).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(read.floatValue).isEqualTo(Float.POSITIVE_INFINITY);
        assertThat(read.decimal).isEqualTo(new BigDecimal("1.50"));
        assertThat(read.date).isEqualTo(LocalDate.of(1, 1, 1));
        assertThat(read.dateTime).isEqualTo(LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000));
        assertThat(read.instant).isEqualTo(Instant.EPOCH);
    }

    @Test
    void insert_nanoseconds_truncatedToMicrosecondsAndTheFieldSetToWhatWasStored() {
        try (Session s = db.open()) {
            Sample sample = new Sample();
            sample.primitiveChar = 'x';
            sample.dateTime = LocalDateTime.of(2024, 5, 1, 10, 15, 30, 123_456_789);
            sample.instant = Instant.parse("2024-05-01T08:15:30.987654321Z");
            Sample managed = s.insert(sample);

            assertThat(managed.dateTime).isEqualTo(LocalDateTime.of(2024, 5, 1, 10, 15, 30, 123_456_000));
            assertThat(managed.instant).isEqualTo(Instant.parse("2024-05-01T08:15:30.987654Z"));
            assertThat(s.query(Sample.class).where("dateTime", managed.dateTime).count()).isEqualTo(1);
        }
    }

    // ---- storage --------------------------------------------------------------------------------

    @Tag(TestDatabases.SQLITE_ONLY)
    @Test
    void storage_localDate_isIsoText() {
        roundTrip(s -> s.date = LocalDate.of(2024, 5, 1));
        assertThat(stored("date")).isEqualTo("text:2024-05-01");
    }

    @Tag(TestDatabases.SQLITE_ONLY)
    @Test
    void storage_localDateTime_isIsoTextWithNineFractionDigits() {
        roundTrip(s -> s.dateTime = LocalDateTime.of(2024, 5, 1, 10, 15, 30));
        assertThat(stored("dateTime")).isEqualTo("text:2024-05-01T10:15:30.000000000");
    }

    @Tag(TestDatabases.SQLITE_ONLY)
    @Test
    void storage_instant_isIsoTextInUtc() {
        roundTrip(s -> s.instant = Instant.parse("2024-05-01T10:15:30Z"));
        assertThat(stored("instant")).isEqualTo("text:2024-05-01T10:15:30.000000000Z");
    }

    @Tag(TestDatabases.SQLITE_ONLY)
    @Test
    void storage_enum_isItsName() {
        roundTrip(s -> s.mood = Mood.CROSS);
        assertThat(stored("mood")).isEqualTo("text:CROSS");
    }

    @Tag(TestDatabases.SQLITE_ONLY)
    @Test
    void storage_boolean_isZeroOrOne() {
        roundTrip(s -> s.booleanValue = true);
        assertThat(stored("booleanValue")).isEqualTo("integer:1");
    }

    @Tag(TestDatabases.SQLITE_ONLY)
    @Test
    void storage_bigDecimal_isExactText() {
        roundTrip(s -> s.decimal = new BigDecimal("0.10"));
        assertThat(stored("decimal")).isEqualTo("text:0.10");
    }

    @Tag(TestDatabases.SQLITE_ONLY)
    @Test
    void storage_uuid_isItsText() {
        roundTrip(s -> s.uuid = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"));
        assertThat(stored("uuid")).isEqualTo("text:0f8fad5b-d9cb-469f-a165-70867728950e");
    }

    @Tag(TestDatabases.SQLITE_ONLY)
    @Test
    void read_localDateTimeWrittenBySqliteItself_isAccepted() {
        storeRaw("dateTime", "'2024-05-01 10:15:30'");
        try (Session s = db.open()) {
            assertThat(s.find(Sample.class, 1L).orElseThrow().dateTime).isEqualTo(LocalDateTime.of(2024, 5, 1, 10, 15, 30));
        }
    }

    @Test
    void where_enumAndTimeValues_matchWhatWasStored() {
        roundTrip(s -> {
            s.mood = Mood.CALM;
            s.date = LocalDate.of(2024, 5, 1);
            s.dateTime = LocalDateTime.of(2024, 5, 1, 10, 15);
            s.instant = Instant.parse("2024-05-01T10:15:30Z");
            s.uuid = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
        });
        try (Session s = db.open()) {
            assertThat(s.query(Sample.class).where("mood", Mood.CALM).where("date", LocalDate.of(2024, 5, 1))
                .where("dateTime", LocalDateTime.of(2024, 5, 1, 10, 15))
                .where("instant", Instant.parse("2024-05-01T10:15:30Z"))
                .where("uuid", UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e")).count()).isEqualTo(1);
        }
    }

    // ---- values that do not fit -----------------------------------------------------------------

    @Test
    void insert_nanInADoubleField_isRefusedBeforeAnythingIsWritten() {
        try (Session s = db.open()) {
            Sample sample = new Sample();
            sample.primitiveChar = 'x';
            sample.doubleValue = Double.NaN;

            assertThatThrownBy(() -> s.insert(sample))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Inserting Sample (new) failed: Sample.doubleValue is NaN, which Kinship stores on no "
                    + "database (SQLite would read it back as NULL). Use null for a missing value, or keep NaN out of the field.");
        }
        assertThat(db.rows("Samples")).isZero();
    }

    @Test
    void where_nan_isRefusedNamingTheField() {
        try (Session s = db.open()) {
            assertThatThrownBy(() -> s.query(Sample.class).where("doubleValue", Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("where(\"doubleValue\", ...): field Sample.doubleValue is compared with NaN, which "
                    + "Kinship never stores, so it matches no row. Pass null to find rows without a value.");
        }
    }

    @Test
    void update_nanInAPrimitiveFloatField_isRefusedAndTheRowKeepsItsValue() {
        Long id;
        try (Session s = db.open()) {
            Sample sample = new Sample();
            sample.primitiveChar = 'x';
            sample.primitiveFloat = 1.5f;
            id = s.insert(sample).id;
        }
        try (Session s = db.open()) {
            Sample sample = s.find(Sample.class, id).orElseThrow();
            sample.primitiveFloat = Float.NaN;

            assertThatThrownBy(() -> s.update(sample))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Updating Sample#" + id + " failed: Sample.primitiveFloat is NaN");
        }
        try (Session s = db.open()) {
            assertThat(s.find(Sample.class, id).orElseThrow().primitiveFloat).isEqualTo(1.5f);
        }
    }

    @Tag(TestDatabases.SQLITE_ONLY)
    @Test
    void read_integerTooLargeForAnIntegerField_failsNamingTheFieldAndTheValue() {
        storeRaw("intValue", "1099511627776");
        try (Session s = db.open()) {
            assertThatThrownBy(() -> s.find(Sample.class, 1L))
                .isInstanceOf(ColumnValueException.class)
                .hasMessage("Cannot read Sample.intValue: column \"intValue\" of \"Samples\" holds 1099511627776, "
                    + "which does not fit an Integer (-2147483648 to 2147483647). Declare the field as Long, or "
                    + "correct the row.");
        }
    }

    @Tag(TestDatabases.SQLITE_ONLY)
    @Test
    void read_integerTooLargeForAShortField_fails() {
        storeRaw("shortValue", "40000");
        try (Session s = db.open()) {
            assertThatThrownBy(() -> s.find(Sample.class, 1L))
                .isInstanceOf(ColumnValueException.class)
                .hasMessageContaining("holds 40000, which does not fit a Short (-32768 to 32767)");
        }
    }

    @Test
    void read_nameThatIsNoConstantOfTheEnum_failsListingTheConstants() {
        storeRaw("mood", "'ANGRY'");
        try (Session s = db.open()) {
            assertThatThrownBy(() -> s.query(Sample.class).list())
                .isInstanceOf(ColumnValueException.class)
                .hasMessage("Cannot read Sample.mood: column \"mood\" of \"Samples\" holds 'ANGRY', which is not a "
                    + "constant of Mood [CALM, CURIOUS, CROSS]. Add the constant to Mood, or correct the row.");
        }
    }

    @Test
    void read_textOfTwoCharactersForACharacterField_fails() {
        storeRaw("charValue", "'ab'");
        try (Session s = db.open()) {
            assertThatThrownBy(() -> s.find(Sample.class, 1L))
                .isInstanceOf(ColumnValueException.class)
                .hasMessage("Cannot read Sample.charValue: column \"charValue\" of \"Samples\" holds 'ab', which is "
                    + "2 characters long, not 1. Declare the field as String, or correct the row.");
        }
    }

    @Tag(TestDatabases.SQLITE_ONLY)
    @Test
    void read_textThatIsNoUuid_fails() {
        storeRaw("uuid", "'not-a-uuid'");
        try (Session s = db.open()) {
            assertThatThrownBy(() -> s.find(Sample.class, 1L))
                .isInstanceOf(ColumnValueException.class)
                .hasMessage("Cannot read Sample.uuid: column \"uuid\" of \"Samples\" holds 'not-a-uuid', which is "
                    + "not a UUID. Store UUIDs as their 36-character text, or correct the row.");
        }
    }

    @Tag(TestDatabases.SQLITE_ONLY)
    @Test
    void read_textThatIsNoDate_fails() {
        storeRaw("date", "'yesterday'");
        try (Session s = db.open()) {
            assertThatThrownBy(() -> s.find(Sample.class, 1L))
                .isInstanceOf(ColumnValueException.class)
                .hasMessage("Cannot read Sample.date: column \"date\" of \"Samples\" holds 'yesterday', which is "
                    + "not a LocalDate in ISO-8601 form (2024-05-01). Store dates as ISO-8601 text, or correct the "
                    + "row.");
        }
    }

    @Tag(TestDatabases.SQLITE_ONLY)
    @Test
    void read_textThatIsNoNumberForABigDecimalField_fails() {
        storeRaw("decimal", "'ten'");
        try (Session s = db.open()) {
            assertThatThrownBy(() -> s.find(Sample.class, 1L))
                .isInstanceOf(ColumnValueException.class)
                .hasMessageContaining("holds 'ten', which is not a decimal number");
        }
    }
}
