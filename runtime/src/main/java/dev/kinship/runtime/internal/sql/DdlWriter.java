package dev.kinship.runtime.internal.sql;

import dev.kinship.dsl.Association;
import dev.kinship.dsl.ColumnInfo;
import dev.kinship.dsl.JoinTable;
import dev.kinship.dsl.ModelInfo;
import dev.kinship.dsl.ReferentialAction;
import dev.kinship.dsl.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The CREATE TABLE / CREATE INDEX statements of a schema: one table per model and per plain
 * join table, foreign keys with ON DELETE / ON UPDATE per association (unless
 * {@code constraints(false)}), NOT NULL from the resolved nullability, the join key as composite
 * primary key or UNIQUE, and an index on every key column. Foreign keys are clauses of CREATE
 * TABLE, or, where the dialect says so, added by statements after every table exists, so that
 * tables may reference each other in a cycle. Every statement is harmless when what it creates
 * exists already, so running them twice is harmless too.
 */
public final class DdlWriter {

    private record ForeignKey(String column, String table, String referenced, ReferentialAction onDelete,
            ReferentialAction onUpdate) {
    }

    private final Schema schema;
    private final Dialect dialect;
    private final ConstraintNames names;
    private final Map<String, Map<String, ForeignKey>> foreignKeys = new LinkedHashMap<>();
    private final Map<String, Set<String>> keyColumns = new LinkedHashMap<>();
    private final Map<String, Set<String>> uniqueColumns = new LinkedHashMap<>();

    public DdlWriter(Schema schema, Dialect dialect) {
        this.schema = schema;
        this.dialect = dialect;
        this.names = new ConstraintNames(dialect.maxIdentifierBytes());
    }

    public List<String> statements() {
        collectKeys();
        List<String> out = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        for (ModelInfo model : schema.models()) {
            Optional<JoinTable> join = schema.joinTables().stream()
                .filter(j -> j.model().filter(model.type()::equals).isPresent()).findFirst();
            out.add(createTable(model.table(), model.columnInfos(), join.orElse(null)));
        }
        for (JoinTable join : schema.joinTables()) {
            if (join.model().isEmpty()) {
                out.add(createTable(join.name(), join.columns(), join));
            }
        }
        keyColumns.forEach((table, columns) -> columns.forEach(column -> indexes.add("CREATE INDEX IF NOT EXISTS "
            + q(names.name(table, column, "")) + " ON " + q(table) + " (" + q(column) + ")")));
        uniqueColumns.forEach((table, columns) -> columns.forEach(column -> indexes.add("CREATE UNIQUE INDEX IF NOT "
            + "EXISTS " + q(names.name(table, column, "_unique")) + " ON " + q(table) + " (" + q(column) + ")")));
        out.addAll(indexes);
        if (dialect.foreignKeysAfterTables()) {
            foreignKeys.forEach((table, keys) -> keys.values().forEach(fk -> out.add(dialect.addForeignKey(table,
                names.name(table, fk.column(), "_fkey"), foreignKey(fk)))));
        }
        return out;
    }

    private void collectKeys() {
        for (Association a : schema.associations()) {
            String sourceTable = table(a.source());
            switch (a.kind()) {
                case BELONGS_TO -> {
                    String target = table(a.target());
                    key(sourceTable, a.foreignKeyColumn());
                    if (a.constraints()) {
                        fk(sourceTable, new ForeignKey(a.foreignKeyColumn(), target, a.targetKeyColumn(), a.onDelete(),
                            a.onUpdate()));
                        referenced(target, a.targetKeyColumn(), schema.model(a.target()));
                    }
                }
                case HAS_ONE, HAS_MANY -> {
                    String target = table(a.target());
                    key(target, a.foreignKeyColumn());
                    if (a.constraints()) {
                        fk(target, new ForeignKey(a.foreignKeyColumn(), sourceTable, a.sourceKeyColumn(), a.onDelete(),
                            a.onUpdate()));
                        referenced(sourceTable, a.sourceKeyColumn(), schema.model(a.source()));
                    }
                }
                case BELONGS_TO_MANY -> {
                    String join = a.through().orElseThrow();
                    String other = a.otherKeyColumn().orElseThrow();
                    key(join, a.foreignKeyColumn());
                    key(join, other);
                    if (a.constraints()) {
                        fk(join, new ForeignKey(a.foreignKeyColumn(), sourceTable, a.sourceKeyColumn(), a.onDelete(),
                            a.onUpdate()));
                        foreignKeys.computeIfAbsent(join, k -> new LinkedHashMap<>()).putIfAbsent(other,
                            new ForeignKey(other, table(a.target()), a.targetKeyColumn(), ReferentialAction.CASCADE,
                                ReferentialAction.CASCADE));
                    }
                }
                case BELONGS_TO_POLYMORPHIC -> {
                    key(sourceTable, a.foreignKeyColumn());
                }
            }
        }
    }

    private void referenced(String table, String column, ModelInfo model) {
        if (model.hasId() && model.idColumn().equals(column)) {
            return;
        }
        uniqueColumns.computeIfAbsent(table, k -> new LinkedHashSet<>()).add(column);
    }

    private void key(String table, String column) {
        keyColumns.computeIfAbsent(table, k -> new LinkedHashSet<>()).add(column);
    }

    private void fk(String table, ForeignKey key) {
        foreignKeys.computeIfAbsent(table, k -> new LinkedHashMap<>()).put(key.column(), key);
    }

    private String table(Class<?> model) {
        return schema.model(model).table();
    }

    /**
     * A join table's composite primary key is NOT NULL on both columns: SQLite would otherwise
     * accept NULL in them (only an INTEGER PRIMARY KEY refuses it), and a join row without both
     * keys links nothing.
     */
    private String createTable(String table, List<ColumnInfo> columns, JoinTable join) {
        List<String> parts = new ArrayList<>();
        List<String> primaryKey = join != null && join.keyKind() == JoinTable.KeyKind.PRIMARY_KEY ? join.key() : List.of();
        for (ColumnInfo c : columns) {
            StringBuilder def = new StringBuilder(q(c.name())).append(' ');
            if (c.id() && c.generated()) {
                def.append(dialect.types().generatedIdColumn(c.type()));
            } else {
                def.append(dialect.types().columnType(c.type()));
                if (c.id()) {
                    def.append(" PRIMARY KEY");
                }
                if (!c.nullable() || primaryKey.contains(c.name())) {
                    def.append(" NOT NULL");
                }
            }
            parts.add(def.toString());
        }
        if (join != null && join.keyKind() != JoinTable.KeyKind.NONE) {
            String keys = String.join(", ", join.key().stream().map(this::q).toList());
            parts.add((join.keyKind() == JoinTable.KeyKind.PRIMARY_KEY ? "PRIMARY KEY (" : "UNIQUE (") + keys + ")");
        }
        if (!dialect.foreignKeysAfterTables()) {
            for (ForeignKey fk : foreignKeys.getOrDefault(table, Map.of()).values()) {
                parts.add(foreignKey(fk));
            }
        }
        return "CREATE TABLE IF NOT EXISTS " + q(table) + " (\n  " + String.join(",\n  ", parts) + "\n)";
    }

    private String foreignKey(ForeignKey fk) {
        return "FOREIGN KEY (" + q(fk.column()) + ") REFERENCES " + q(fk.table()) + " (" + q(fk.referenced())
            + ") ON DELETE " + fk.onDelete().sql() + " ON UPDATE " + fk.onUpdate().sql();
    }

    private String q(String name) {
        return dialect.quote(name);
    }
}
