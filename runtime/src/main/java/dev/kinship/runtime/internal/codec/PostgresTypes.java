package dev.kinship.runtime.internal.codec;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * How PostgreSQL stores each Java type, in its native types, each value bound with its JDBC type
 * (a UUID bound as text would not compare with a {@code uuid} column): {@code bigint},
 * {@code integer}, {@code smallint}, {@code boolean}, {@code double precision}, {@code real},
 * {@code numeric}, {@code uuid}, {@code bytea}, {@code date}, {@code timestamp},
 * {@code timestamptz} for Instant, and {@code text COLLATE "C"} for strings, characters and enum
 * names, so that text compares by code point as on SQLite. A string holding U+0000 is refused
 * (PostgreSQL's text cannot store it), as is a decimal beyond {@code numeric}'s range. Generated
 * ids are identity columns.
 */
public final class PostgresTypes implements TypeMapping {

    private static final String TEXT = "text COLLATE \"C\"";
    private static final Map<Class<?>, String> COLUMN_TYPES = Map.ofEntries(
        Map.entry(Long.class, "bigint"), Map.entry(Integer.class, "integer"), Map.entry(Short.class, "smallint"),
        Map.entry(Byte.class, "smallint"), Map.entry(Boolean.class, "boolean"),
        Map.entry(Double.class, "double precision"), Map.entry(Float.class, "real"),
        Map.entry(BigDecimal.class, "numeric"), Map.entry(UUID.class, "uuid"), Map.entry(byte[].class, "bytea"),
        Map.entry(LocalDate.class, "date"), Map.entry(LocalDateTime.class, "timestamp"),
        Map.entry(Instant.class, "timestamptz"));

    private static final Map<Class<?>, Codec> BY_TYPE = new HashMap<>();

    static {
        BY_TYPE.put(String.class, SqliteTypes.of(Types.VARCHAR, (s, i, v) -> s.setString(i, text((String) v)),
            ResultSet::getString));
        BY_TYPE.put(Character.class, SqliteTypes.of(Types.VARCHAR, (s, i, v) -> s.setString(i, text(v.toString())),
            SqliteTypes.of(Character.class)::read));
        BY_TYPE.put(Long.class, SqliteTypes.of(Long.class));
        BY_TYPE.put(Integer.class, SqliteTypes.of(Integer.class));
        BY_TYPE.put(Short.class, SqliteTypes.of(Short.class));
        BY_TYPE.put(Byte.class, SqliteTypes.of(Types.SMALLINT, (s, i, v) -> s.setShort(i, (Byte) v),
            SqliteTypes.of(Byte.class)::read));
        BY_TYPE.put(Double.class, SqliteTypes.of(Double.class));
        BY_TYPE.put(Float.class, SqliteTypes.of(Float.class));
        BY_TYPE.put(Boolean.class, SqliteTypes.of(Types.BOOLEAN, (s, i, v) -> s.setBoolean(i, (Boolean) v), (r, i) -> {
            boolean v = r.getBoolean(i);
            return !v && r.wasNull() ? null : v;
        }));
        BY_TYPE.put(BigDecimal.class, SqliteTypes.of(Types.NUMERIC,
            (s, i, v) -> s.setBigDecimal(i, DecimalRange.check((BigDecimal) v)), ResultSet::getBigDecimal));
        BY_TYPE.put(UUID.class, SqliteTypes.of(Types.OTHER, (s, i, v) -> s.setObject(i, v),
            (r, i) -> r.getObject(i, UUID.class)));
        BY_TYPE.put(byte[].class, SqliteTypes.of(Types.BINARY, (s, i, v) -> s.setBytes(i, (byte[]) v),
            ResultSet::getBytes));
        BY_TYPE.put(LocalDate.class, SqliteTypes.of(Types.DATE, (s, i, v) -> s.setObject(i, v),
            (r, i) -> r.getObject(i, LocalDate.class)));
        BY_TYPE.put(LocalDateTime.class, SqliteTypes.of(Types.TIMESTAMP, (s, i, v) -> s.setObject(i, v),
            (r, i) -> r.getObject(i, LocalDateTime.class)));
        BY_TYPE.put(Instant.class, SqliteTypes.of(Types.TIMESTAMP_WITH_TIMEZONE,
            (s, i, v) -> s.setObject(i, ((Instant) v).atOffset(ZoneOffset.UTC)), (r, i) -> {
                OffsetDateTime v = r.getObject(i, OffsetDateTime.class);
                return v == null ? null : v.toInstant();
            }));
    }

    /** Every Java type has a native codec here; enums are stored by name, as on SQLite. */
    @Override
    public Codec codec(Class<?> type) {
        Codec codec = type.isEnum() ? null : BY_TYPE.get(type);
        return codec != null ? codec : SqliteTypes.of(type);
    }

    @Override
    public String columnType(Class<?> type) {
        return COLUMN_TYPES.getOrDefault(type, TEXT);
    }

    private static final Map<Class<?>, java.util.List<String>> ACCEPTED = Map.ofEntries(
        Map.entry(Long.class, java.util.List.of("int8", "int4", "int2")),
        Map.entry(Integer.class, java.util.List.of("int4", "int2")), Map.entry(Short.class, java.util.List.of("int2")),
        Map.entry(Byte.class, java.util.List.of("int2")), Map.entry(Boolean.class, java.util.List.of("bool")),
        Map.entry(Double.class, java.util.List.of("float8", "float4")), Map.entry(Float.class, java.util.List.of("float4")),
        Map.entry(BigDecimal.class, java.util.List.of("numeric")), Map.entry(UUID.class, java.util.List.of("uuid")),
        Map.entry(byte[].class, java.util.List.of("bytea")), Map.entry(LocalDate.class, java.util.List.of("date")),
        Map.entry(LocalDateTime.class, java.util.List.of("timestamp")),
        Map.entry(Instant.class, java.util.List.of("timestamptz")));
    private static final java.util.List<String> TEXTS = java.util.List.of("text", "varchar", "bpchar");

    /** Types by the names PostgreSQL's catalog gives them ({@code int8} for bigint, {@code bool}, {@code timestamptz}). */
    @Override
    public boolean accepts(Class<?> type, String columnType) {
        return ACCEPTED.getOrDefault(type, TEXTS).contains(columnType);
    }

    @Override
    public String acceptedColumnTypes(Class<?> type) {
        return String.join(", ", ACCEPTED.getOrDefault(type, TEXTS));
    }

    @Override
    public String generatedIdColumn(Class<?> type) {
        return (type == Integer.class ? "integer" : "bigint") + " GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY";
    }

    private static String text(String value) {
        Utf16.check(value);
        if (value.indexOf('\0') >= 0) {
            throw new UnfitValue("holds the character U+0000 at index " + value.indexOf('\0') + ", which PostgreSQL "
                + "text cannot store", "Remove the U+0000 characters, or store such data as byte[]");
        }
        return value;
    }
}
