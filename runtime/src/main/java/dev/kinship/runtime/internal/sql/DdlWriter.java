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
 * The DDL of a schema: first its {@link SchemaSpec} (one table per model and per plain join
 * table, foreign keys with ON DELETE / ON UPDATE per association unless {@code constraints(false)},
 * NOT NULL from the resolved nullability, the join key as composite primary key or UNIQUE, an
 * index on every key column), then the statements that create it. Foreign keys are clauses of
 * CREATE TABLE, or, where the dialect says so, added after every table exists, so that tables may
 * reference each other in a cycle. Every statement of {@link #statements()} is harmless when what
 * it creates exists already.
 */
public final class DdlWriter {

    private final Schema schema;
    private final Dialect dialect;
    private final ConstraintNames names;
    private final Map<String, Map<String, SchemaSpec.ForeignKey>> foreignKeys = new LinkedHashMap<>();
    private final Map<String, Set<String>> keyColumns = new LinkedHashMap<>();
    private final Map<String, Set<String>> uniqueColumns = new LinkedHashMap<>();
    private final SchemaSpec spec;

    public DdlWriter(Schema schema, Dialect dialect) {
        this.schema = schema;
        this.dialect = dialect;
        this.names = new ConstraintNames(dialect.maxIdentifierBytes());
        this.spec = build();
    }

    /** @return what the schema wants of the database */
    public SchemaSpec spec() {
        return spec;
    }

    /** @return every statement that creates the schema, each harmless when what it creates exists */
    public List<String> statements() {
        List<String> out = new ArrayList<>();
        for (SchemaSpec.Table table : spec.tables()) {
            out.add(createTable(table, true));
        }
        for (SchemaSpec.Index index : spec.indexes()) {
            out.add(createIndex(index));
        }
        if (dialect.foreignKeysAfterTables()) {
            for (SchemaSpec.Table table : spec.tables()) {
                for (SchemaSpec.ForeignKey fk : table.foreignKeys()) {
                    out.add(dialect.addForeignKey(table.name(), fk.name(), foreignKey(fk)));
                }
            }
        }
        return out;
    }

    private SchemaSpec build() {
        collectKeys();
        List<SchemaSpec.Table> tables = new ArrayList<>();
        for (ModelInfo model : schema.models()) {
            Optional<JoinTable> join = schema.joinTables().stream()
                .filter(j -> j.model().filter(model.type()::equals).isPresent()).findFirst();
            tables.add(table(model.table(), model.type().getSimpleName(), model.columnInfos(), join.orElse(null),
                model.uniqueKeys()));
        }
        for (JoinTable join : schema.joinTables()) {
            if (join.model().isEmpty()) {
                tables.add(table(join.name(), "join table " + join.name(), join.columns(), join, List.of()));
            }
        }
        List<SchemaSpec.Index> indexes = new ArrayList<>();
        keyColumns.forEach((table, columns) -> columns.forEach(column -> indexes.add(
            new SchemaSpec.Index(names.name(table, column, ""), table, column, false))));
        uniqueColumns.forEach((table, columns) -> columns.forEach(column -> indexes.add(
            new SchemaSpec.Index(names.name(table, column, "_unique"), table, column, true))));
        return new SchemaSpec(tables, indexes);
    }

    private SchemaSpec.Table table(String name, String model, List<ColumnInfo> infos, JoinTable join,
            List<List<String>> uniqueKeys) {
        List<SchemaSpec.Column> columns = new ArrayList<>();
        for (ColumnInfo c : infos) {
            columns.add(new SchemaSpec.Column(c.name(), model + "." + c.field().orElse(c.name()), c.type(), c.id(),
                c.generated(), c.nullable()));
        }
        boolean composite = join != null && join.keyKind() == JoinTable.KeyKind.PRIMARY_KEY;
        boolean unique = join != null && join.keyKind() == JoinTable.KeyKind.UNIQUE;
        return new SchemaSpec.Table(name, model, columns, composite ? join.key() : List.of(),
            unique ? join.key() : List.of(), uniqueKeys, List.copyOf(foreignKeys.getOrDefault(name, Map.of()).values()));
    }

    private void collectKeys() {
        for (Association a : schema.associations()) {
            String sourceTable = table(a.source());
            switch (a.kind()) {
                case BELONGS_TO -> {
                    String target = table(a.target());
                    key(sourceTable, a.foreignKeyColumn());
                    if (a.constraints()) {
                        fk(sourceTable, a.foreignKeyColumn(), target, a.targetKeyColumn(), a.onDelete(), a.onUpdate());
                        referenced(target, a.targetKeyColumn(), schema.model(a.target()));
                    }
                }
                case HAS_ONE, HAS_MANY -> {
                    String target = table(a.target());
                    key(target, a.foreignKeyColumn());
                    if (a.constraints()) {
                        fk(target, a.foreignKeyColumn(), sourceTable, a.sourceKeyColumn(), a.onDelete(), a.onUpdate());
                        referenced(sourceTable, a.sourceKeyColumn(), schema.model(a.source()));
                    }
                }
                case BELONGS_TO_MANY -> {
                    String join = a.through().orElseThrow();
                    String other = a.otherKeyColumn().orElseThrow();
                    key(join, a.foreignKeyColumn());
                    key(join, other);
                    if (a.constraints()) {
                        fk(join, a.foreignKeyColumn(), sourceTable, a.sourceKeyColumn(), a.onDelete(), a.onUpdate());
                        if (!foreignKeys.get(join).containsKey(other)) {
                            fk(join, other, table(a.target()), a.targetKeyColumn(), ReferentialAction.CASCADE,
                                ReferentialAction.CASCADE);
                        }
                    }
                }
                case BELONGS_TO_POLYMORPHIC -> key(sourceTable, a.foreignKeyColumn());
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

    private void fk(String table, String column, String referencedTable, String referencedColumn,
            ReferentialAction onDelete, ReferentialAction onUpdate) {
        Map<String, SchemaSpec.ForeignKey> keys = foreignKeys.computeIfAbsent(table, k -> new LinkedHashMap<>());
        SchemaSpec.ForeignKey previous = keys.get(column);
        String name = previous != null ? previous.name() : names.name(table, column, "_fkey");
        keys.put(column, new SchemaSpec.ForeignKey(name, column, referencedTable, referencedColumn, onDelete, onUpdate));
    }

    private String table(Class<?> model) {
        return schema.model(model).table();
    }

    // ---- rendering ------------------------------------------------------------------------------

    /**
     * @return the CREATE TABLE of {@code table}, with its foreign keys where the dialect keeps them
     *         in CREATE TABLE; {@code IF NOT EXISTS} when {@code ifNotExists}. A composite primary
     *         key is NOT NULL on both columns: SQLite would otherwise accept NULL in them, and a
     *         join row without both keys links nothing.
     */
    public String createTable(SchemaSpec.Table table, boolean ifNotExists) {
        List<String> parts = new ArrayList<>();
        for (SchemaSpec.Column c : table.columns()) {
            StringBuilder def = new StringBuilder(q(c.name())).append(' ');
            if (c.id() && c.generated()) {
                def.append(dialect.types().generatedIdColumn(c.type()));
            } else {
                def.append(dialect.types().columnType(c.type()));
                if (c.id()) {
                    def.append(" PRIMARY KEY");
                }
                if (table.notNull(c)) {
                    def.append(" NOT NULL");
                }
            }
            parts.add(def.toString());
        }
        if (!table.primaryKey().isEmpty()) {
            parts.add("PRIMARY KEY (" + columns(table.primaryKey()) + ")");
        }
        if (!table.uniqueKey().isEmpty()) {
            parts.add("UNIQUE (" + columns(table.uniqueKey()) + ")");
        }
        for (List<String> key : table.uniqueKeys()) {
            parts.add("UNIQUE (" + columns(key) + ")");
        }
        if (!dialect.foreignKeysAfterTables()) {
            for (SchemaSpec.ForeignKey fk : table.foreignKeys()) {
                parts.add(foreignKey(fk));
            }
        }
        return "CREATE TABLE " + (ifNotExists ? "IF NOT EXISTS " : "") + q(table.name()) + " (\n  "
            + String.join(",\n  ", parts) + "\n)";
    }

    /** @return the CREATE INDEX of {@code index}, harmless when it exists */
    public String createIndex(SchemaSpec.Index index) {
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX IF NOT EXISTS " + q(index.name()) + " ON "
            + q(index.table()) + " (" + q(index.column()) + ")";
    }

    /** @return the CREATE UNIQUE INDEX that gives an existing table the unique key {@code columns} */
    public String createUniqueIndex(String table, List<String> columns) {
        return "CREATE UNIQUE INDEX IF NOT EXISTS " + q(names.name(table, String.join("_", columns), "_key")) + " ON "
            + q(table) + " (" + columns(columns) + ")";
    }

    /**
     * @return the ALTER TABLE that adds {@code column} to an existing table, nullable (a model
     *         declares no default for existing rows), with its foreign key where the dialect can
     *         add one in the same statement
     */
    public String addColumn(SchemaSpec.Table table, SchemaSpec.Column column) {
        StringBuilder out = new StringBuilder("ALTER TABLE ").append(q(table.name())).append(" ADD COLUMN ")
            .append(q(column.name())).append(' ').append(dialect.types().columnType(column.type()));
        if (!dialect.foreignKeysAfterTables()) {
            table.foreignKey(column.name()).ifPresent(fk -> out.append(" REFERENCES ").append(q(fk.table())).append(" (")
                .append(q(fk.referenced())).append(") ON DELETE ").append(fk.onDelete().sql()).append(" ON UPDATE ")
                .append(fk.onUpdate().sql()));
        }
        return out.toString();
    }

    /** @return the ALTER TABLE that adds {@code fk} to an existing table (dialects that add foreign keys after tables) */
    public String addForeignKey(String table, SchemaSpec.ForeignKey fk) {
        return "ALTER TABLE " + q(table) + " ADD CONSTRAINT " + q(fk.name()) + " " + foreignKey(fk);
    }

    private String foreignKey(SchemaSpec.ForeignKey fk) {
        return "FOREIGN KEY (" + q(fk.column()) + ") REFERENCES " + q(fk.table()) + " (" + q(fk.referenced())
            + ") ON DELETE " + fk.onDelete().sql() + " ON UPDATE " + fk.onUpdate().sql();
    }

    private String columns(List<String> columns) {
        return String.join(", ", columns.stream().map(this::q).toList());
    }

    private String q(String name) {
        return dialect.quote(name);
    }
}
