package dev.kinship.dsl.internal;

import dev.kinship.dsl.Association;
import dev.kinship.dsl.ColumnInfo;
import dev.kinship.dsl.JoinTable;
import dev.kinship.dsl.ModelInfo;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes a Mermaid {@code erDiagram}: one entity per model and join table, one edge per association. */
public final class MermaidWriter {

    private MermaidWriter() {
    }

    public static String write(Collection<ModelInfo> models, List<Association> associations, List<JoinTable> joinTables) {
        StringBuilder out = new StringBuilder("erDiagram\n");
        Map<String, Set<String>> keyColumns = keyColumns(associations);
        for (ModelInfo m : models) {
            String name = m.type().getSimpleName();
            entity(out, name, m.columnInfos(), keyColumns.getOrDefault(name, Set.of()));
        }
        for (JoinTable j : joinTables) {
            if (j.model().isEmpty()) {
                entity(out, j.name(), j.columns(), keyColumns.getOrDefault(j.name(), Set.of()));
            }
        }
        for (Association a : associations) {
            String source = a.source().getSimpleName();
            String label = a.alias() + " (" + a.kind().methodName()
                + a.through().map(t -> " through " + t).orElse("") + ")";
            switch (a.kind()) {
                case HAS_ONE -> edge(out, source, "||--o|", a.target().getSimpleName(), label);
                case BELONGS_TO -> edge(out, source, "}o--||", a.target().getSimpleName(), label);
                case HAS_MANY -> edge(out, source, "||--o{", a.target().getSimpleName(), label);
                case BELONGS_TO_MANY -> {
                    String join = joinEntity(a);
                    edge(out, source, "||--o{", join, label);
                    edge(out, join, "}o--||", a.target().getSimpleName(), a.alias() + " (" + a.otherKey().orElseThrow() + ")");
                }
                case BELONGS_TO_POLYMORPHIC -> a.types().forEach((value, type) ->
                    edge(out, source, "}o--o|", type.getSimpleName(), a.alias() + " (" + a.typeKey().orElseThrow()
                        + " = " + value + ")"));
            }
        }
        return out.toString();
    }

    /** Entity name → its foreign-key columns: each key is marked on the entity that holds it, nowhere else. */
    private static Map<String, Set<String>> keyColumns(List<Association> associations) {
        Map<String, Set<String>> keys = new HashMap<>();
        for (Association a : associations) {
            switch (a.kind()) {
                case BELONGS_TO, BELONGS_TO_POLYMORPHIC ->
                    keys.computeIfAbsent(a.source().getSimpleName(), k -> new HashSet<>()).add(a.foreignKeyColumn());
                case HAS_ONE, HAS_MANY ->
                    keys.computeIfAbsent(a.target().getSimpleName(), k -> new HashSet<>()).add(a.foreignKeyColumn());
                case BELONGS_TO_MANY -> {
                    Set<String> join = keys.computeIfAbsent(joinEntity(a), k -> new HashSet<>());
                    join.add(a.foreignKeyColumn());
                    a.otherKeyColumn().ifPresent(join::add);
                }
            }
        }
        return keys;
    }

    /** The diagram entity of a belongsToMany's join table: its model's class name, else the table name. */
    private static String joinEntity(Association a) {
        return a.throughModel().map(Class::getSimpleName).orElse(a.through().orElseThrow());
    }

    private static void entity(StringBuilder out, String name, List<ColumnInfo> columns, Set<String> keys) {
        out.append("    ").append(name).append(" {\n");
        for (ColumnInfo c : columns) {
            out.append("        ").append(typeName(c.type())).append(' ').append(c.name());
            if (c.id()) {
                out.append(" PK");
            } else if (keys.contains(c.name())) {
                out.append(" FK");
            }
            out.append('\n');
        }
        out.append("    }\n");
    }

    private static String typeName(Class<?> type) {
        return type == byte[].class ? "bytes" : type.getSimpleName();
    }

    private static void edge(StringBuilder out, String from, String shape, String to, String label) {
        out.append("    ").append(from).append(' ').append(shape).append(' ').append(to)
            .append(" : \"").append(escape(label)).append("\"\n");
    }

    /**
     * @return {@code label} safe inside a quoted Mermaid label: quotes as {@code #quot;}, line
     *         breaks and other control characters as spaces, so a value can never start a line of
     *         its own
     */
    static String escape(String label) {
        StringBuilder out = new StringBuilder(label.length());
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            out.append(c == '"' ? "#quot;" : Character.isISOControl(c) ? " " : String.valueOf(c));
        }
        return out.toString();
    }
}
