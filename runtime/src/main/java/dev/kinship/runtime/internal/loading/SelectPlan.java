package dev.kinship.runtime.internal.loading;

import dev.kinship.dsl.Association;
import dev.kinship.dsl.AssociationKind;
import dev.kinship.runtime.internal.mapping.EntityType;
import dev.kinship.runtime.internal.proxy.ManagedEntity;
import dev.kinship.runtime.internal.sql.SqlTexts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * One statement that reads entities of one type (alias {@code t0}) together with the to-one
 * includes joined into it (LEFT JOIN, or INNER where required under an inner path), and the
 * includes left for statements of their own. Required includes that are not joined become
 * EXISTS semi-joins, so owners are filtered but never multiplied.
 */
public final class SelectPlan {

    /** A condition and its bound values. */
    public record Filter(String sql, Object[] values) {
    }

    /** An include read in this statement (joined) or after it (separate). */
    public static final class Node {
        final IncludeSpec spec;
        final int parent;
        final String alias;
        final int offset;
        final boolean inner;
        final List<Object> read = new ArrayList<>();
        final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        LoadGroup group = new LoadGroup(16);

        Node(IncludeSpec spec, int parent, String alias, int offset, boolean inner) {
            this.spec = spec;
            this.parent = parent;
            this.alias = alias;
            this.offset = offset;
            this.inner = inner;
        }

        void reset() {
            read.clear();
            seen.clear();
            group = new LoadGroup(16);
        }
    }

    private final SessionContext session;
    private final EntityType type;
    private final int prefix;
    private final List<Node> joined = new ArrayList<>();
    private final List<Node> separate = new ArrayList<>();
    private final List<Filter> rootFilters = new ArrayList<>();
    private final StringBuilder joins = new StringBuilder();
    private final List<Object> joinValues = new ArrayList<>();
    private final StringBuilder shape = new StringBuilder();
    private final Semijoin.Aliases aliases = new Semijoin.Aliases();
    private int columns;
    private int tables;
    private String sql;

    private SelectPlan(SessionContext session, EntityType type, int prefix, List<IncludeSpec> includes) {
        this.session = session;
        this.type = type;
        this.prefix = prefix;
        this.columns = prefix + type.columns().length;
        add(includes, -1, "t0", true);
    }

    /** A plan for a query's roots. */
    public static SelectPlan root(SessionContext session, EntityType type, List<IncludeSpec> includes) {
        return new SelectPlan(session, type, 0, includes);
    }

    /** A plan for included or lazily loaded targets whose columns follow {@code prefix} other columns. */
    public static SelectPlan forTarget(SessionContext session, EntityType type, int prefix, List<IncludeSpec> includes) {
        return new SelectPlan(session, type, prefix, includes);
    }

    private void add(List<IncludeSpec> includes, int parent, String parentAlias, boolean parentInner) {
        for (IncludeSpec spec : includes) {
            shape.append('[').append(spec.shape()).append(']');
            if (!spec.joined() || spec.slot().kind().isToMany()) {
                separate.add(new Node(spec, parent, null, 0, false));
                if (spec.required()) {
                    Filter f = Semijoin.exists(session, spec, parentAlias, aliases);
                    if (parent < 0) {
                        rootFilters.add(f);
                    } else {
                        throw new IllegalStateException("unreachable: filters of joined parents are added with them");
                    }
                }
                continue;
            }
            String alias = "t" + (++tables);
            boolean inner = spec.required() && parentInner;
            Node node = new Node(spec, parent, alias, columns + 1, inner);
            joined.add(node);
            int index = joined.size() - 1;
            columns += spec.target().columns().length;
            StringBuilder on = new StringBuilder();
            List<Object> onValues = new ArrayList<>();
            link(spec, parentAlias, alias, on, onValues);
            spec.where().forEach((column, value) -> {
                on.append(" AND ").append(alias).append('.').append(texts().quote(column.column()))
                    .append(value == null ? " IS NULL" : " = ?");
                if (value != null) {
                    onValues.add(value);
                }
            });
            for (IncludeSpec child : spec.nested()) {
                boolean childSeparate = !child.joined() || child.slot().kind().isToMany();
                if (child.required() && (childSeparate || !inner)) {
                    Filter f = Semijoin.exists(session, child, alias, aliases);
                    on.append(" AND ").append(f.sql());
                    onValues.addAll(List.of(f.values()));
                }
            }
            if (spec.required() && !inner) {
                Filter f = Semijoin.exists(session, spec, parentAlias, aliases);
                if (parent < 0) {
                    rootFilters.add(f);
                }
            }
            joins.append(inner ? " INNER JOIN " : " LEFT JOIN ").append(texts().table(spec.target(), alias))
                .append(" ON ").append(on);
            joinValues.addAll(onValues);
            addChildren(spec.nested(), index, alias, inner);
        }
    }

    private void addChildren(List<IncludeSpec> children, int parent, String alias, boolean inner) {
        List<IncludeSpec> joinedChildren = new ArrayList<>();
        for (IncludeSpec child : children) {
            if (!child.joined() || child.slot().kind().isToMany()) {
                shape.append("<s:").append(child.shape()).append('>');
                separate.add(new Node(child, parent, null, 0, false));
            } else {
                joinedChildren.add(child);
            }
        }
        add(joinedChildren, parent, alias, inner);
    }

    private void link(IncludeSpec spec, String parentAlias, String alias, StringBuilder on, List<Object> values) {
        Association a = spec.slot().association();
        SqlTexts sql = texts();
        if (a.kind() == AssociationKind.BELONGS_TO) {
            on.append(alias).append('.').append(sql.quote(a.targetKeyColumn())).append(" = ").append(parentAlias)
                .append('.').append(sql.quote(spec.owner().column(a.foreignKey()).orElseThrow().column()));
        } else {
            on.append(alias).append('.').append(sql.quote(a.foreignKeyColumn())).append(" = ").append(parentAlias)
                .append('.').append(sql.quote(a.sourceKeyColumn()));
            ScopeClause scope = ScopeClause.of(sql, spec.target(), alias, a.scope());
            on.append(scope.sql());
            values.addAll(List.of(scope.values()));
        }
    }

    private SqlTexts texts() {
        return session.sql();
    }

    /** @return the select list: the primary's columns, then every joined include's */
    public String selectColumns() {
        StringBuilder out = new StringBuilder(texts().columns(type, "t0"));
        for (Node n : joined) {
            out.append(", ").append(texts().columns(n.spec.target(), n.alias));
        }
        return out.toString();
    }

    /** @return the JOIN clauses of the joined includes */
    public String joins() {
        return joins.toString();
    }

    /** @return {@code SELECT ... FROM "T" t0 LEFT JOIN ...} for a root query */
    public String selectFrom() {
        return "SELECT " + selectColumns() + " FROM " + texts().table(type, "t0") + joins;
    }

    /** @return values bound in the JOIN clauses, which come before any WHERE value */
    public List<Object> joinValues() {
        return joinValues;
    }

    /** @return EXISTS conditions on t0 for required includes */
    public List<Filter> rootFilters() {
        return rootFilters;
    }

    /** @return a key for the statement's shape */
    public String shapeKey() {
        return shape.toString();
    }

    public String sql() {
        return sql;
    }

    public void sql(String text) {
        this.sql = text;
    }

    public List<Node> separateNodes() {
        return separate;
    }

    public List<Node> joinedNodes() {
        return joined;
    }

    /** Forgets what the previous run read (stream chunks). */
    public void startRun() {
        joined.forEach(Node::reset);
    }

    /** Reads every row; each distinct primary entity once, in order. */
    public void readAll(ResultSet rows, Materializer materializer, LoadGroup group, List<Object> out) throws SQLException {
        startRun();
        Set<Object> seen = joined.isEmpty() ? null : Collections.newSetFromMap(new IdentityHashMap<>());
        while (rows.next()) {
            Object primary = readRow(rows, materializer, group);
            if (seen == null || seen.add(primary)) {
                out.add(primary);
            }
        }
    }

    /** Reads the next row; @return false at the end. */
    public boolean readOne(ResultSet rows, Materializer materializer, LoadGroup group, List<Object> out)
            throws SQLException {
        if (!rows.next()) {
            return false;
        }
        out.add(readRow(rows, materializer, group));
        return true;
    }

    /** Reads the primary entity of the current row and wires the joined includes into it. */
    public Object readRow(ResultSet rows, Materializer materializer, LoadGroup group) throws SQLException {
        Object primary = materializer.read(rows, type, prefix + 1, group);
        if (joined.isEmpty()) {
            return primary;
        }
        Object[] at = new Object[joined.size()];
        for (int i = 0; i < at.length; i++) {
            Node n = joined.get(i);
            Object parent = n.parent < 0 ? primary : at[n.parent];
            if (parent == null) {
                continue;
            }
            Object child = materializer.read(rows, n.spec.target(), n.offset, n.group);
            at[i] = child;
            n.spec.slot().write(parent, child);
            ((ManagedEntity) parent).kinship$state().loaded(n.spec.slot().slot(), true);
            if (child != null && n.seen.add(child)) {
                n.read.add(child);
            }
        }
        return primary;
    }

    /** @return the entities read at the owner of {@code node}: the primaries given, or a joined node's */
    public List<Object> ownersOf(Node node, List<Object> primaries) {
        return node.parent < 0 ? primaries : joined.get(node.parent).read;
    }

    public IncludeSpec specOf(Node node) {
        return node.spec;
    }
}
