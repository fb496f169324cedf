package dev.kinship.runtime.core;

import dev.kinship.runtime.Database;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads a table's definition back from SQLite with PRAGMA statements, through {@link Database#withConnection}. */
final class Pragmas {

    /** One row of {@code PRAGMA foreign_key_list}. */
    record ForeignKey(String from, String table, String to, String onDelete, String onUpdate) {
    }

    /** One row of {@code PRAGMA table_info}. */
    record Column(String name, String type, boolean notNull, int primaryKeyPosition) {
    }

    /** One row of {@code PRAGMA index_list} with its columns from {@code PRAGMA index_info}. */
    record Index(String name, boolean unique, String origin, List<String> columns) {
    }

    private Pragmas() {
    }

    static List<ForeignKey> foreignKeys(Database db, String table) {
        return db.withConnection(c -> {
            List<ForeignKey> keys = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rows = s.executeQuery("PRAGMA foreign_key_list(\"" + table + "\")")) {
                while (rows.next()) {
                    keys.add(new ForeignKey(rows.getString("from"), rows.getString("table"), rows.getString("to"),
                        rows.getString("on_delete"), rows.getString("on_update")));
                }
            }
            return keys;
        });
    }

    static List<Column> columns(Database db, String table) {
        return db.withConnection(c -> {
            List<Column> columns = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rows = s.executeQuery("PRAGMA table_info(\"" + table + "\")")) {
                while (rows.next()) {
                    columns.add(new Column(rows.getString("name"), rows.getString("type"), rows.getInt("notnull") == 1,
                        rows.getInt("pk")));
                }
            }
            return columns;
        });
    }

    static Column column(Database db, String table, String name) {
        return columns(db, table).stream().filter(c -> c.name().equals(name)).findFirst()
            .orElseThrow(() -> new AssertionError("no column " + table + "." + name));
    }

    static List<Index> indexes(Database db, String table) {
        return db.withConnection(c -> {
            List<Index> indexes = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rows = s.executeQuery("PRAGMA index_list(\"" + table + "\")")) {
                while (rows.next()) {
                    indexes.add(new Index(rows.getString("name"), rows.getInt("unique") == 1, rows.getString("origin"),
                        List.of()));
                }
            }
            List<Index> withColumns = new ArrayList<>();
            for (Index index : indexes) {
                withColumns.add(new Index(index.name(), index.unique(), index.origin(), indexColumns(c, index.name())));
            }
            return withColumns;
        });
    }

    private static List<String> indexColumns(Connection c, String index) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("PRAGMA index_info(\"" + index + "\")")) {
            while (rows.next()) {
                columns.add(rows.getString("name"));
            }
        }
        return columns;
    }

    static List<String> tables(Database db) {
        return db.withConnection(c -> {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    tables.add(rows.getString("TABLE_NAME"));
                }
            }
            tables.sort(null);
            return tables;
        });
    }

    /** @return the CREATE statement SQLite keeps for {@code table} */
    static String createStatement(Database db, String table) {
        return db.withConnection(c -> {
            try (var s = c.prepareStatement("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?")) {
                s.setString(1, table);
                try (ResultSet rows = s.executeQuery()) {
                    return rows.next() ? rows.getString(1) : null;
                }
            }
        });
    }

    /** @return the value of {@code PRAGMA name} on one of the database's connections */
    static String pragma(Database db, String name) {
        return db.withConnection(c -> {
            try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("PRAGMA " + name)) {
                return rows.next() ? rows.getString(1) : null;
            }
        });
    }
}
