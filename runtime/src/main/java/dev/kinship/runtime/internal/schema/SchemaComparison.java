package dev.kinship.runtime.internal.schema;

import dev.kinship.runtime.internal.codec.TypeMapping;
import dev.kinship.runtime.internal.sql.DdlWriter;
import dev.kinship.runtime.internal.sql.Dialect;
import dev.kinship.runtime.internal.sql.SchemaSpec;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a schema wants compared with what a live database has, value by value: the differences
 * (each with its fix, or {@code rebuild table T} where no single statement fixes it), which of
 * them the model cannot work with, and the additive statements that bring the database to the
 * schema (missing tables in dependency order, missing columns added nullable, missing indexes,
 * unique keys and, where the dialect can add them to an existing table, foreign keys).
 * Destructive changes are never among the statements.
 */
public final class SchemaComparison {

    /**
     * One difference between the schema and the database.
     *
     * @param text     what differs and how to fix it
     * @param blocking whether the model cannot work with the database as it is
     */
    public record Difference(String text, boolean blocking) {
    }

    private final Dialect dialect;
    private final DdlWriter ddl;
    private final TypeMapping types;
    private final List<Difference> differences = new ArrayList<>();
    private final List<String> migration = new ArrayList<>();

    private SchemaComparison(Dialect dialect, DdlWriter ddl) {
        this.dialect = dialect;
        this.ddl = ddl;
        this.types = dialect.types();
    }

    /** @return the comparison of {@code ddl}'s schema with the database {@code connection} reaches */
    public static SchemaComparison of(Connection connection, DdlWriter ddl, Dialect dialect) {
        SchemaSpec spec = ddl.spec();
        LiveSchema live = LiveSchemaReader.read(connection, spec.tables().stream().map(SchemaSpec.Table::name).toList());
        SchemaComparison comparison = new SchemaComparison(dialect, ddl);
        comparison.compare(spec, live);
        return comparison;
    }

    /** @return every difference, those the model cannot work with first */
    public List<Difference> differences() {
        List<Difference> ordered = new ArrayList<>(differences.stream().filter(Difference::blocking).toList());
        ordered.addAll(differences.stream().filter(d -> !d.blocking()).toList());
        return ordered;
    }

    /** @return whether the model cannot work with the database as it is */
    public boolean blocking() {
        return differences.stream().anyMatch(Difference::blocking);
    }

    /** @return the additive statements that bring the database to the schema; empty when none is left */
    public List<String> migration() {
        return List.copyOf(migration);
    }

    private void compare(SchemaSpec spec, LiveSchema live) {
        List<SchemaSpec.Table> missing = new ArrayList<>();
        Set<String> fresh = new LinkedHashSet<>();
        for (SchemaSpec.Table table : spec.tables()) {
            LiveSchema.Table existing = live.table(table.name()).orElse(null);
            if (existing == null) {
                missing.add(table);
                fresh.add(table.name());
            } else {
                compareTable(table, existing);
            }
        }
        createTables(missing);
        for (SchemaSpec.Index index : spec.indexes()) {
            if (fresh.contains(index.table())) {
                migration.add(ddl.createIndex(index));
                continue;
            }
            live.table(index.table()).ifPresent(existing -> {
                boolean present = index.unique() ? existing.indexed(List.of(index.column()), true)
                    : existing.leads(index.column());
                if (!present) {
                    migration.add(ddl.createIndex(index));
                    differences.add(new Difference(where(index.table(), index.column()) + " has no " + (index.unique()
                        ? "unique " : "") + "index. Fix: " + ddl.createIndex(index), false));
                }
            });
        }
    }

    private void compareTable(SchemaSpec.Table table, LiveSchema.Table existing) {
        SchemaSpec.Column id = table.columns().stream().filter(SchemaSpec.Column::id).findFirst().orElse(null);
        if (id != null && !existing.columns().containsKey(id.name())) {
            differences.add(new Difference("table \"" + table.name() + "\" exists but has no id column \"" + id.name()
                + "\", so it is not the table of " + table.model() + " (its columns: " + existing.columns().keySet()
                + "). Fix: give " + table.model() + " a table of its own with ModelOptions.table(...), or rename the "
                + "existing table", true));
            return;
        }
        Set<String> added = new LinkedHashSet<>();
        for (SchemaSpec.Column column : table.columns()) {
            LiveSchema.Column live = existing.columns().get(column.name());
            if (live == null) {
                String add = ddl.addColumn(table, column);
                migration.add(add);
                added.add(column.name());
                differences.add(new Difference(where(table.name(), column.name()) + " is missing (" + column.field()
                    + ", " + column.type().getSimpleName() + "). Fix: " + add, true));
                continue;
            }
            compareColumn(table, column, live);
        }
        for (LiveSchema.Column live : existing.columns().values()) {
            if (table.column(live.name()).isEmpty() && !live.nullable() && !live.hasDefault()) {
                differences.add(new Difference(where(table.name(), live.name()) + " is NOT NULL without a default, and "
                    + table.model() + " has no field for it, so no insert can fill it. Fix: ALTER TABLE "
                    + q(table.name()) + " DROP COLUMN " + q(live.name()) + ", or give it a default", true));
            }
        }
        compareKeys(table, existing, added);
    }

    private void compareColumn(SchemaSpec.Table table, SchemaSpec.Column column, LiveSchema.Column live) {
        String where = where(table.name(), column.name());
        if (!types.accepts(column.type(), live.type())) {
            differences.add(new Difference(where + " is " + live.type() + ", but " + column.field() + " ("
                + column.type().getSimpleName() + ") needs " + types.acceptedColumnTypes(column.type())
                + ". Fix: rebuild table " + q(table.name()) + " with the column as "
                + types.columnType(column.type()), true));
        }
        if (column.id()) {
            return;
        }
        boolean wanted = table.notNull(column);
        if (!live.nullable() && !wanted) {
            differences.add(new Difference(where + " is NOT NULL, but " + column.field() + " may be null. Fix: "
                + (dialect.foreignKeysAfterTables() ? "ALTER TABLE " + q(table.name()) + " ALTER COLUMN "
                    + q(column.name()) + " DROP NOT NULL" : "rebuild table " + q(table.name())), true));
        } else if (live.nullable() && wanted) {
            differences.add(new Difference(where + " allows NULL, but " + column.field() + " may not be null. Fix: "
                + (dialect.foreignKeysAfterTables() ? "ALTER TABLE " + q(table.name()) + " ALTER COLUMN "
                    + q(column.name()) + " SET NOT NULL" : "rebuild table " + q(table.name()))
                + " once no row holds NULL there", false));
        }
    }

    private void compareKeys(SchemaSpec.Table table, LiveSchema.Table existing, Set<String> added) {
        for (SchemaSpec.ForeignKey fk : table.foreignKeys()) {
            LiveSchema.ForeignKey live = existing.foreignKey(fk.column()).orElse(null);
            String where = where(table.name(), fk.column());
            String wanted = "REFERENCES " + q(fk.table()) + " (" + q(fk.referenced()) + ") ON DELETE "
                + fk.onDelete().sql() + " ON UPDATE " + fk.onUpdate().sql();
            if (live == null) {
                if (dialect.foreignKeysAfterTables()) {
                    String add = ddl.addForeignKey(table.name(), fk);
                    migration.add(add);
                    if (!added.contains(fk.column())) {
                        differences.add(new Difference(where + " has no foreign key (" + wanted + "). Fix: " + add,
                            false));
                    }
                } else if (!added.contains(fk.column())) {
                    differences.add(new Difference(where + " has no foreign key (" + wanted + "). Fix: rebuild table "
                        + q(table.name()), false));
                }
                continue;
            }
            if (!live.table().equals(fk.table()) || !live.referenced().equals(fk.referenced())
                    || live.onDelete() != fk.onDelete() || live.onUpdate() != fk.onUpdate()) {
                String found = "REFERENCES " + q(live.table()) + " (" + q(live.referenced()) + ") ON DELETE "
                    + live.onDelete().sql() + " ON UPDATE " + live.onUpdate().sql();
                differences.add(new Difference(where + " is " + found + ", but the schema says " + wanted + ". Fix: "
                    + (dialect.foreignKeysAfterTables() ? "ALTER TABLE " + q(table.name()) + " DROP CONSTRAINT "
                        + q(live.name()) + "; " + ddl.addForeignKey(table.name(), fk) : "rebuild table " + q(table.name())),
                    false));
            }
        }
        List<List<String>> keys = new ArrayList<>(List.of(table.primaryKey(), table.uniqueKey()));
        keys.addAll(table.uniqueKeys());
        for (List<String> key : keys) {
            if (!key.isEmpty() && !existing.indexed(key, true)) {
                String add = ddl.createUniqueIndex(table.name(), key);
                migration.add(add);
                differences.add(new Difference("table " + q(table.name()) + " has no unique key on " + key + ". Fix: "
                    + add, false));
            }
        }
    }

    /** Creates the missing tables, each after the tables it refers to (a cycle in declaration order). */
    private void createTables(List<SchemaSpec.Table> missing) {
        Map<String, SchemaSpec.Table> pending = new LinkedHashMap<>();
        missing.forEach(t -> pending.put(t.name(), t));
        List<SchemaSpec.Table> ordered = new ArrayList<>();
        while (!pending.isEmpty()) {
            SchemaSpec.Table next = pending.values().stream()
                .filter(t -> t.foreignKeys().stream().noneMatch(fk -> !fk.table().equals(t.name())
                    && pending.containsKey(fk.table())))
                .findFirst().orElse(pending.values().iterator().next());
            ordered.add(next);
            pending.remove(next.name());
        }
        for (SchemaSpec.Table table : ordered) {
            migration.add(ddl.createTable(table, false));
        }
        if (dialect.foreignKeysAfterTables()) {
            for (SchemaSpec.Table table : ordered) {
                table.foreignKeys().forEach(fk -> migration.add(ddl.addForeignKey(table.name(), fk)));
            }
        }
    }

    private String where(String table, String column) {
        return "column " + q(table) + "." + q(column);
    }

    private String q(String name) {
        return dialect.quote(name);
    }
}
