package dev.kinship.runtime.internal.schema;

import dev.kinship.dsl.ReferentialAction;
import dev.kinship.runtime.DataAccessException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the tables of the connection's current schema through {@link DatabaseMetaData}: columns
 * with their type, nullability and default, primary keys, foreign keys with their rules, and
 * indexes. The same code serves SQLite and PostgreSQL; only type names differ, and the dialect's
 * type mapping judges them.
 */
final class LiveSchemaReader {

    private LiveSchemaReader() {
    }

    /**
     * @return the live tables among {@code wanted} (the others are absent)
     * @throws DataAccessException naming the table being read when the metadata cannot be read
     */
    static LiveSchema read(Connection connection, List<String> wanted) {
        String table = "(the list of tables)";
        try {
            DatabaseMetaData meta = connection.getMetaData();
            String schema = connection.getSchema();
            List<String> present = new ArrayList<>();
            try (ResultSet rows = meta.getTables(connection.getCatalog(), schema, "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    String name = rows.getString("TABLE_NAME");
                    if (wanted.contains(name)) {
                        present.add(name);
                    }
                }
            }
            Map<String, Map<String, LiveSchema.Column>> columns = columns(meta, connection, schema, present);
            Map<String, LiveSchema.Table> tables = new LinkedHashMap<>();
            for (String name : present) {
                table = name;
                tables.put(name, new LiveSchema.Table(name, columns.getOrDefault(name, Map.of()),
                    primaryKey(meta, connection, schema, name), foreignKeys(meta, connection, schema, name),
                    indexes(meta, connection, schema, name)));
            }
            return new LiveSchema(tables);
        } catch (SQLException e) {
            throw new DataAccessException("Reading the definition of table " + table + " from the database's metadata "
                + "failed: " + e.getMessage() + ". Check that the connection's user may read the schema's catalog.", e);
        }
    }

    /** @return the columns of the {@code present} tables, by table, in table order */
    private static Map<String, Map<String, LiveSchema.Column>> columns(DatabaseMetaData meta, Connection c,
            String schema, List<String> present) throws SQLException {
        Map<String, Map<Integer, LiveSchema.Column>> ordered = new LinkedHashMap<>();
        try (ResultSet rows = meta.getColumns(c.getCatalog(), schema, "%", "%")) {
            while (rows.next()) {
                String table = rows.getString("TABLE_NAME");
                if (!present.contains(table)) {
                    continue;
                }
                String def = rows.getString("COLUMN_DEF");
                boolean generated = "YES".equalsIgnoreCase(rows.getString("IS_AUTOINCREMENT"))
                    || "YES".equalsIgnoreCase(rows.getString("IS_GENERATEDCOLUMN"));
                ordered.computeIfAbsent(table, k -> new TreeMap<>()).put(rows.getInt("ORDINAL_POSITION"),
                    new LiveSchema.Column(rows.getString("COLUMN_NAME"), rows.getString("TYPE_NAME"),
                        rows.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls, def != null || generated));
            }
        }
        Map<String, Map<String, LiveSchema.Column>> columns = new LinkedHashMap<>();
        ordered.forEach((table, byPosition) -> {
            Map<String, LiveSchema.Column> named = new LinkedHashMap<>();
            byPosition.values().forEach(column -> named.put(column.name(), column));
            columns.put(table, named);
        });
        return columns;
    }

    private static List<String> primaryKey(DatabaseMetaData meta, Connection c, String schema, String table)
            throws SQLException {
        Map<Integer, String> key = new TreeMap<>();
        try (ResultSet rows = meta.getPrimaryKeys(c.getCatalog(), schema, table)) {
            while (rows.next()) {
                key.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME"));
            }
        }
        return List.copyOf(key.values());
    }

    private static List<LiveSchema.ForeignKey> foreignKeys(DatabaseMetaData meta, Connection c, String schema,
            String table) throws SQLException {
        List<LiveSchema.ForeignKey> keys = new ArrayList<>();
        try (ResultSet rows = meta.getImportedKeys(c.getCatalog(), schema, table)) {
            while (rows.next()) {
                keys.add(new LiveSchema.ForeignKey(rows.getString("FK_NAME"), rows.getString("FKCOLUMN_NAME"), rows.getString("PKTABLE_NAME"),
                    rows.getString("PKCOLUMN_NAME"), rule(rows.getInt("DELETE_RULE")), rule(rows.getInt("UPDATE_RULE"))));
            }
        }
        return keys;
    }

    private static List<LiveSchema.Index> indexes(DatabaseMetaData meta, Connection c, String schema, String table)
            throws SQLException {
        Map<String, Map<Integer, String>> columns = new LinkedHashMap<>();
        Map<String, Boolean> unique = new LinkedHashMap<>();
        try (ResultSet rows = meta.getIndexInfo(c.getCatalog(), schema, table, false, true)) {
            while (rows.next()) {
                String name = rows.getString("INDEX_NAME");
                String column = rows.getString("COLUMN_NAME");
                if (name == null || column == null) {
                    continue;
                }
                unique.put(name, !rows.getBoolean("NON_UNIQUE"));
                columns.computeIfAbsent(name, k -> new TreeMap<>()).put(rows.getInt("ORDINAL_POSITION"),
                    column.replace("\"", ""));
            }
        }
        List<LiveSchema.Index> indexes = new ArrayList<>();
        columns.forEach((name, parts) -> indexes.add(new LiveSchema.Index(name, List.copyOf(parts.values()),
            unique.get(name))));
        return indexes;
    }

    private static ReferentialAction rule(int rule) {
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> ReferentialAction.CASCADE;
            case DatabaseMetaData.importedKeySetNull -> ReferentialAction.SET_NULL;
            case DatabaseMetaData.importedKeySetDefault -> ReferentialAction.SET_DEFAULT;
            case DatabaseMetaData.importedKeyRestrict -> ReferentialAction.RESTRICT;
            default -> ReferentialAction.NO_ACTION;
        };
    }
}
