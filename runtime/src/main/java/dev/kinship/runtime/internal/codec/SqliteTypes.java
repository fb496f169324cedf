package dev.kinship.runtime.internal.codec;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * How SQLite stores each Java type. Storage: integers, booleans (0/1) as INTEGER; doubles and
 * floats as REAL (NaN is refused: SQLite would store NULL); BigDecimal as exact plain TEXT; UUID,
 * enums (by name) and java.time values as ISO-8601 TEXT in fixed width, so that text order is
 * time order ({@code 2024-05-01}, {@code 2024-05-01T10:15:30.000000000}, Instants in UTC with a
 * trailing {@code Z}); byte[] as BLOB. Reading, a LocalDateTime may also have a space for the
 * {@code T} (SQLite's own {@code datetime()} form). A stored value its field cannot take is an
 * {@link UnfitValue}, which {@link ColumnCodec} turns into an error naming the column.
 */
public final class SqliteTypes implements TypeMapping {

    private static final DateTimeFormatter LOCAL_DATE_TIME =
        DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS");
    private static final DateTimeFormatter INSTANT =
        DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final String CORRECT = ", or correct the row.";
    private static final String NAN = "is NaN, which Kinship stores on no database (SQLite would read it back as NULL)";
    private static final String NAN_FIX = "Use null for a missing value, or keep NaN out of the field.";

    private static final Map<Class<?>, Codec> BY_TYPE = new HashMap<>();
    private static final ClassValue<Codec> ENUMS = new ClassValue<>() {
        @Override
        protected Codec computeValue(Class<?> type) {
            return new EnumCodec(type);
        }
    };

    static {
        BY_TYPE.put(String.class, of(Types.VARCHAR, (s, i, v) -> s.setString(i, Utf16.check((String) v)),
            ResultSet::getString));
        BY_TYPE.put(Long.class, of(Types.BIGINT, (s, i, v) -> s.setLong(i, (Long) v), (r, i) -> {
            long v = r.getLong(i);
            return v == 0 && r.wasNull() ? null : v;
        }));
        BY_TYPE.put(Integer.class, of(Types.INTEGER, (s, i, v) -> s.setInt(i, (Integer) v), (r, i) -> {
            long v = r.getLong(i);
            return v == 0 && r.wasNull() ? null : (int) checkRange(v, Integer.MIN_VALUE, Integer.MAX_VALUE, "an Integer");
        }));
        BY_TYPE.put(Short.class, of(Types.SMALLINT, (s, i, v) -> s.setShort(i, (Short) v), (r, i) -> {
            long v = r.getLong(i);
            return v == 0 && r.wasNull() ? null : (short) checkRange(v, Short.MIN_VALUE, Short.MAX_VALUE, "a Short");
        }));
        BY_TYPE.put(Byte.class, of(Types.TINYINT, (s, i, v) -> s.setByte(i, (Byte) v), (r, i) -> {
            long v = r.getLong(i);
            return v == 0 && r.wasNull() ? null : (byte) checkRange(v, Byte.MIN_VALUE, Byte.MAX_VALUE, "a Byte");
        }));
        BY_TYPE.put(Double.class, of(Types.DOUBLE, (s, i, v) -> {
            double d = (Double) v;
            if (Double.isNaN(d)) {
                throw new UnfitValue(NAN, NAN_FIX);
            }
            s.setDouble(i, d);
        }, (r, i) -> {
            double v = r.getDouble(i);
            return v == 0 && r.wasNull() ? null : v;
        }));
        BY_TYPE.put(Float.class, of(Types.FLOAT, (s, i, v) -> {
            float f = (Float) v;
            if (Float.isNaN(f)) {
                throw new UnfitValue(NAN, NAN_FIX);
            }
            s.setFloat(i, f);
        }, (r, i) -> {
            float v = r.getFloat(i);
            return v == 0 && r.wasNull() ? null : v;
        }));
        BY_TYPE.put(Boolean.class, of(Types.INTEGER, (s, i, v) -> s.setInt(i, (Boolean) v ? 1 : 0), (r, i) -> {
            int v = r.getInt(i);
            return v == 0 && r.wasNull() ? null : v != 0;
        }));
        BY_TYPE.put(Character.class, of(Types.VARCHAR, (s, i, v) -> s.setString(i, v.toString()), (r, i) -> {
            String v = r.getString(i);
            if (v != null && v.length() != 1) {
                throw new UnfitValue("'" + v + "', which is " + v.length() + " characters long, not 1",
                    "Declare the field as String" + CORRECT);
            }
            return v == null ? null : v.charAt(0);
        }));
        BY_TYPE.put(BigDecimal.class, of(Types.VARCHAR, (s, i, v) -> s.setString(i, DecimalRange.check((BigDecimal) v).toPlainString()),
            (r, i) -> {
                String v = r.getString(i);
                try {
                    return v == null ? null : new BigDecimal(v);
                } catch (NumberFormatException e) {
                    throw new UnfitValue("'" + v + "', which is not a decimal number",
                        "Store decimals as plain text such as 12.50" + CORRECT);
                }
            }));
        BY_TYPE.put(UUID.class, of(Types.VARCHAR, (s, i, v) -> s.setString(i, v.toString()), (r, i) -> {
            String v = r.getString(i);
            try {
                return v == null ? null : UUID.fromString(v);
            } catch (IllegalArgumentException e) {
                throw new UnfitValue("'" + v + "', which is not a UUID",
                    "Store UUIDs as their 36-character text" + CORRECT);
            }
        }));
        BY_TYPE.put(byte[].class, of(Types.BLOB, (s, i, v) -> s.setBytes(i, (byte[]) v), ResultSet::getBytes));
        BY_TYPE.put(LocalDate.class, of(Types.VARCHAR, (s, i, v) -> s.setString(i, v.toString()), (r, i) -> {
            String v = r.getString(i);
            try {
                return v == null ? null : LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw new UnfitValue("'" + v + "', which is not a LocalDate in ISO-8601 form (2024-05-01)",
                    "Store dates as ISO-8601 text" + CORRECT);
            }
        }));
        BY_TYPE.put(LocalDateTime.class, of(Types.VARCHAR,
            (s, i, v) -> s.setString(i, LOCAL_DATE_TIME.format((LocalDateTime) v)), (r, i) -> {
                String v = r.getString(i);
                try {
                    return v == null ? null : LocalDateTime.parse(v.length() > 10 && v.charAt(10) == ' '
                        ? v.substring(0, 10) + 'T' + v.substring(11) : v);
                } catch (DateTimeParseException e) {
                    throw new UnfitValue("'" + v + "', which is not a LocalDateTime in ISO-8601 form "
                        + "(2024-05-01T10:15:30)", "Store date-times as ISO-8601 text" + CORRECT);
                }
            }));
        BY_TYPE.put(Instant.class, of(Types.VARCHAR, (s, i, v) -> s.setString(i, INSTANT.format((Instant) v)),
            (r, i) -> {
                String v = r.getString(i);
                try {
                    return v == null ? null : Instant.parse(v);
                } catch (DateTimeParseException e) {
                    throw new UnfitValue("'" + v + "', which is not an Instant in ISO-8601 form "
                        + "(2024-05-01T10:15:30Z)", "Store instants as ISO-8601 text in UTC" + CORRECT);
                }
            }));
    }

    private static final Map<Class<?>, String> COLUMN_TYPES = Map.ofEntries(
        Map.entry(Long.class, "INTEGER"), Map.entry(Integer.class, "INTEGER"), Map.entry(Short.class, "INTEGER"),
        Map.entry(Byte.class, "INTEGER"), Map.entry(Boolean.class, "INTEGER"), Map.entry(Double.class, "REAL"),
        Map.entry(Float.class, "REAL"), Map.entry(byte[].class, "BLOB"), Map.entry(BigDecimal.class, "TEXT"));

    @Override
    public String columnType(Class<?> type) {
        return COLUMN_TYPES.getOrDefault(type, "TEXT");
    }

    @Override
    public String generatedIdColumn(Class<?> type) {
        return "INTEGER PRIMARY KEY";
    }

    /**
     * SQLite keeps any value in any column, but converts by the column's affinity, which its
     * declared type decides: a field is only safe in a column whose affinity keeps its values as
     * stored (integers in INTEGER, doubles in REAL, text — decimals included, whose NUMERIC
     * affinity would drop their scale — in TEXT, bytes in BLOB).
     */
    @Override
    public boolean accepts(Class<?> type, String columnType) {
        String declared = columnType == null ? "" : columnType.toUpperCase(java.util.Locale.ROOT);
        return switch (affinity(type)) {
            case "INTEGER" -> declared.contains("INT");
            case "REAL" -> !declared.contains("INT") && (declared.contains("REAL") || declared.contains("FLOA")
                || declared.contains("DOUB"));
            case "BLOB" -> declared.isEmpty() || declared.contains("BLOB");
            default -> !declared.contains("INT") && (declared.contains("CHAR") || declared.contains("CLOB")
                || declared.contains("TEXT"));
        };
    }

    @Override
    public String acceptedColumnTypes(Class<?> type) {
        return switch (affinity(type)) {
            case "INTEGER" -> "INTEGER affinity (a type containing INT)";
            case "REAL" -> "REAL affinity (REAL, FLOAT, DOUBLE)";
            case "BLOB" -> "BLOB affinity (BLOB or no type)";
            default -> "TEXT affinity (TEXT, CHAR, VARCHAR, CLOB)";
        };
    }

    private static String affinity(Class<?> type) {
        String column = COLUMN_TYPES.getOrDefault(type, "TEXT");
        return column.equals("INTEGER") || column.equals("REAL") || column.equals("BLOB") ? column : "TEXT";
    }

    @Override
    public Codec codec(Class<?> type) {
        return of(type);
    }

    /**
     * @return the codec of {@code type} (boxed), enums included
     * @throws IllegalArgumentException when Kinship has no codec for it
     */
    static Codec of(Class<?> type) {
        if (type.isEnum()) {
            return ENUMS.get(type);
        }
        Codec codec = BY_TYPE.get(type);
        if (codec == null) {
            throw new IllegalArgumentException("No column codec for " + type.getName());
        }
        return codec;
    }

    private static long checkRange(long value, long min, long max, String type) {
        if (value < min || value > max) {
            throw new UnfitValue(value + ", which does not fit " + type + " (" + min + " to " + max + ")",
                "Declare the field as Long" + CORRECT);
        }
        return value;
    }

    interface Binder {
        void bind(PreparedStatement statement, int index, Object value) throws SQLException;
    }

    interface Reader {
        Object read(ResultSet rows, int index) throws SQLException;
    }

    static Codec of(int sqlType, Binder binder, Reader reader) {
        return new Codec() {
            @Override
            public void bind(PreparedStatement statement, int index, Object value) throws SQLException {
                binder.bind(statement, index, value);
            }

            @Override
            public Object read(ResultSet rows, int index) throws SQLException {
                return reader.read(rows, index);
            }

            @Override
            public int sqlType() {
                return sqlType;
            }
        };
    }

    /** Enums by name; a name the enum does not have is an {@link UnfitValue} listing its constants. */
    private static final class EnumCodec implements Codec {
        private final Class<?> type;
        private final Map<String, Object> constants = new LinkedHashMap<>();

        EnumCodec(Class<?> type) {
            this.type = type;
            for (Object constant : type.getEnumConstants()) {
                constants.put(((Enum<?>) constant).name(), constant);
            }
        }

        @Override
        public void bind(PreparedStatement statement, int index, Object value) throws SQLException {
            statement.setString(index, ((Enum<?>) value).name());
        }

        @Override
        public Object read(ResultSet rows, int index) throws SQLException {
            String name = rows.getString(index);
            if (name == null) {
                return null;
            }
            Object constant = constants.get(name);
            if (constant == null) {
                throw new UnfitValue("'" + name + "', which is not a constant of " + type.getSimpleName() + " "
                    + constants.keySet(), "Add the constant to " + type.getSimpleName() + CORRECT);
            }
            return constant;
        }

        @Override
        public int sqlType() {
            return Types.VARCHAR;
        }
    }
}
