package dev.kinship.runtime.internal.mapping;

import dev.kinship.dsl.KinshipException;
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
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The codec of every column type. Storage: integers, booleans (0/1) as INTEGER; doubles and
 * floats as REAL; BigDecimal as exact TEXT; UUID, enums (by name) and java.time values as
 * ISO-8601 TEXT in fixed width, so that text order is time order ({@code 2024-05-01T10:15:30.000000000},
 * Instants in UTC with a trailing {@code Z}); byte[] as BLOB.
 */
public final class Codecs {

    private static final DateTimeFormatter LOCAL_DATE_TIME =
        DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS");
    private static final DateTimeFormatter INSTANT =
        DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private static final Map<Class<?>, Codec> BY_TYPE = new HashMap<>();

    static {
        BY_TYPE.put(String.class, of(Types.VARCHAR, (s, i, v) -> s.setString(i, (String) v), ResultSet::getString));
        BY_TYPE.put(Long.class, of(Types.BIGINT, (s, i, v) -> s.setLong(i, (Long) v), (r, i) -> {
            long v = r.getLong(i);
            return v == 0 && r.wasNull() ? null : v;
        }));
        BY_TYPE.put(Integer.class, of(Types.INTEGER, (s, i, v) -> s.setInt(i, (Integer) v), (r, i) -> {
            long v = r.getLong(i);
            return v == 0 && r.wasNull() ? null : Math.toIntExact(checkRange(v, Integer.MIN_VALUE, Integer.MAX_VALUE, "Integer"));
        }));
        BY_TYPE.put(Short.class, of(Types.SMALLINT, (s, i, v) -> s.setShort(i, (Short) v), (r, i) -> {
            long v = r.getLong(i);
            return v == 0 && r.wasNull() ? null : (short) checkRange(v, Short.MIN_VALUE, Short.MAX_VALUE, "Short");
        }));
        BY_TYPE.put(Byte.class, of(Types.TINYINT, (s, i, v) -> s.setByte(i, (Byte) v), (r, i) -> {
            long v = r.getLong(i);
            return v == 0 && r.wasNull() ? null : (byte) checkRange(v, Byte.MIN_VALUE, Byte.MAX_VALUE, "Byte");
        }));
        BY_TYPE.put(Double.class, of(Types.DOUBLE, (s, i, v) -> s.setDouble(i, (Double) v), (r, i) -> {
            double v = r.getDouble(i);
            return v == 0 && r.wasNull() ? null : v;
        }));
        BY_TYPE.put(Float.class, of(Types.FLOAT, (s, i, v) -> s.setFloat(i, (Float) v), (r, i) -> {
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
                throw new KinshipException("Column value '" + v + "' does not fit a Character field: it has "
                    + v.length() + " characters. Store one character or declare the field as String.");
            }
            return v == null ? null : v.charAt(0);
        }));
        BY_TYPE.put(BigDecimal.class, of(Types.VARCHAR, (s, i, v) -> s.setString(i, ((BigDecimal) v).toPlainString()),
            (r, i) -> {
                String v = r.getString(i);
                return v == null ? null : new BigDecimal(v);
            }));
        BY_TYPE.put(UUID.class, of(Types.VARCHAR, (s, i, v) -> s.setString(i, v.toString()), (r, i) -> {
            String v = r.getString(i);
            return v == null ? null : UUID.fromString(v);
        }));
        BY_TYPE.put(byte[].class, of(Types.BLOB, (s, i, v) -> s.setBytes(i, (byte[]) v), ResultSet::getBytes));
        BY_TYPE.put(LocalDate.class, of(Types.VARCHAR, (s, i, v) -> s.setString(i, v.toString()), (r, i) -> {
            String v = r.getString(i);
            return v == null ? null : LocalDate.parse(v);
        }));
        BY_TYPE.put(LocalDateTime.class, of(Types.VARCHAR,
            (s, i, v) -> s.setString(i, LOCAL_DATE_TIME.format((LocalDateTime) v)), (r, i) -> {
                String v = r.getString(i);
                return v == null ? null : LocalDateTime.parse(v);
            }));
        BY_TYPE.put(Instant.class, of(Types.VARCHAR, (s, i, v) -> s.setString(i, INSTANT.format((Instant) v)),
            (r, i) -> {
                String v = r.getString(i);
                return v == null ? null : Instant.parse(v);
            }));
    }

    private Codecs() {
    }

    /** @return the codec of {@code type} (boxed), enums included */
    public static Codec of(Class<?> type) {
        if (type.isEnum()) {
            return new EnumCodec(type);
        }
        Codec codec = BY_TYPE.get(type);
        if (codec == null) {
            throw new IllegalArgumentException("No column codec for " + type.getName());
        }
        return codec;
    }

    private static long checkRange(long value, long min, long max, String type) {
        if (value < min || value > max) {
            throw new KinshipException("Column value " + value + " does not fit a " + type + " field (" + min + " to "
                + max + "). Declare the field as Long.");
        }
        return value;
    }

    private interface Binder {
        void bind(PreparedStatement statement, int index, Object value) throws SQLException;
    }

    private interface Reader {
        Object read(ResultSet rows, int index) throws SQLException;
    }

    private static Codec of(int sqlType, Binder binder, Reader reader) {
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

    /** Enums by name, with a clear error for a name the enum does not have. */
    private static final class EnumCodec implements Codec {
        private final Class<?> type;
        private final Map<String, Object> constants = new HashMap<>();

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
                throw new KinshipException("Column value '" + name + "' is not a constant of " + type.getSimpleName()
                    + ". Its constants: " + constants.keySet() + ". Fix the row or add the constant.");
            }
            return constant;
        }

        @Override
        public int sqlType() {
            return Types.VARCHAR;
        }
    }
}
