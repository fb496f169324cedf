package dev.kinship.runtime.internal.loading;

import dev.kinship.dsl.Association;
import dev.kinship.dsl.AssociationKind;
import dev.kinship.runtime.internal.model.EntityState;
import dev.kinship.runtime.internal.model.EntityType;
import dev.kinship.runtime.internal.model.LoadGroup;
import dev.kinship.runtime.internal.model.ManagedEntity;
import dev.kinship.runtime.internal.sql.ScopeClause;
import dev.kinship.runtime.internal.sql.SqlTexts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One statement that reads entities of one type (alias {@code t0}) together with the includes
 * joined into it, and the includes left for statements of their own.
 *
 * <p>To-one includes are joined unless {@code separate(true)}: LEFT JOIN, or INNER where
 * required under an inner path. To-many includes get statements of their own unless
 * {@code separate(false)}; then they are joined too, but only along one chain: a joined
 * collection must lie below every other joined collection of the statement, so rows multiply
 * along one path and never as the product of two collections. A {@code separate(false)}
 * collection that would break the chain (a second collection under the same owner, or one in
 * another branch), or whose target has no id, is read with a statement of its own instead, in
 * the first-declared-wins order. A plan with joined collections orders its rows so that the
 * rows of one owner are adjacent ({@link #collectionOrder()}), which is how each collection is
 * filled without duplicates. Required includes that are not joined become EXISTS semi-joins,
 * so owners are filtered but never multiplied.
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
        final boolean many;
        final JoinShape join;
        final int joinOffset;
        final List<Object> read = new ArrayList<>();
        final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        LoadGroup group = new LoadGroup(16);
        LoadGroup joinGroup = new LoadGroup(16);
        Object owner;
        Collection<Object> collection;
        Object last;

        Node(IncludeSpec spec, int parent, String alias, int offset, boolean inner, JoinShape join, int joinOffset) {
            this.spec = spec;
            this.parent = parent;
            this.alias = alias;
            this.offset = offset;
            this.inner = inner;
            this.many = alias != null && spec.slot().kind().isToMany();
            this.join = join;
            this.joinOffset = joinOffset;
        }

        void reset() {
            read.clear();
            seen.clear();
            group = new LoadGroup(16);
            joinGroup = new LoadGroup(16);
            owner = null;
            collection = null;
            last = null;
        }
    }

    private final SessionContext session;
    private final EntityType type;
    private final int prefix;
    private final List<IncludeSpec> includes;
    private final Map<IncludeSpec, Boolean> joinedSpecs = new IdentityHashMap<>();
    private final List<Node> joined = new ArrayList<>();
    private final List<Node> separate = new ArrayList<>();
    private final List<Filter> rootFilters = new ArrayList<>();
    private final StringBuilder joins = new StringBuilder();
    private final List<Object> joinValues = new ArrayList<>();
    private final StringBuilder shape = new StringBuilder();
    private final Semijoin.Aliases aliases = new Semijoin.Aliases();
    private IncludeSpec collectionTip;
    private boolean collections;
    private List<Filter> rootSemijoins;
    private RowReader reader;
    private int columns;
    private int tables;
    private String sql;

    private SelectPlan(SessionContext session, EntityType type, int prefix, List<IncludeSpec> includes,
            boolean joinCollections) {
        this.session = session;
        this.type = type;
        this.prefix = prefix;
        this.includes = includes;
        this.columns = prefix + type.columns().length;
        decide(includes, new ArrayDeque<>(), joinCollections);
        shape.append(joinCollections ? "" : "{no-joined-collections}");
        add(includes, -1, "t0", true);
    }

    /** A plan for a query's roots. */
    public static SelectPlan root(SessionContext session, EntityType type, List<IncludeSpec> includes) {
        return new SelectPlan(session, type, 0, includes, true);
    }

    /**
     * A plan for a query's roots read in chunks (a stream): collections are never joined, since
     * the rows of one root could straddle two chunks; they are loaded per chunk instead.
     */
    public static SelectPlan streaming(SessionContext session, EntityType type, List<IncludeSpec> includes) {
        return new SelectPlan(session, type, 0, includes, false);
    }

    /** A plan for included or lazily loaded targets whose columns follow {@code prefix} other columns. */
    public static SelectPlan forTarget(SessionContext session, EntityType type, int prefix, List<IncludeSpec> includes) {
        return new SelectPlan(session, type, prefix, includes, true);
    }

    /**
     * A plan for targets cut to a number per owner: collections below them are read in
     * statements of their own, so that each target is one row.
     */
    public static SelectPlan forLimitedTarget(SessionContext session, EntityType type, int prefix,
            List<IncludeSpec> includes) {
        return new SelectPlan(session, type, prefix, includes, false);
    }

    // ---- which includes are joined ----------------------------------------------------------

    private void decide(List<IncludeSpec> specs, Deque<IncludeSpec> path, boolean joinCollections) {
        for (IncludeSpec spec : specs) {
            boolean join = spec.joined();
            if (join && spec.slot().kind().isToMany()) {
                join = joinCollections && spec.target().hasId() && (collectionTip == null || path.contains(collectionTip));
                if (join) {
                    collectionTip = spec;
                    collections = true;
                }
            }
            joinedSpecs.put(spec, join);
            if (join) {
                path.push(spec);
                decide(spec.nested(), path, joinCollections);
                path.pop();
            }
        }
    }

    private boolean isJoined(IncludeSpec spec) {
        return joinedSpecs.getOrDefault(spec, false);
    }

    // ---- statement text ---------------------------------------------------------------------

    private void add(List<IncludeSpec> specs, int parent, String parentAlias, boolean parentInner) {
        for (IncludeSpec spec : specs) {
            shape.append('[').append(spec.shape()).append(isJoined(spec) ? "" : "!sep").append(']');
            if (!isJoined(spec)) {
                separate.add(new Node(spec, parent, null, 0, false, null, 0));
                if (spec.required() && parent < 0) {
                    rootFilters.add(Semijoin.exists(session, spec, parentAlias, aliases));
                }
                // below a joined parent, the parent's ON clause holds the EXISTS (see children below)
                continue;
            }
            addJoined(spec, parent, parentAlias, parentInner);
        }
    }

    private void addJoined(IncludeSpec spec, int parent, String parentAlias, boolean parentInner) {
        SqlTexts sql = texts();
        Association a = spec.slot().association();
        String alias = "t" + (++tables);
        boolean inner = spec.required() && parentInner;
        String keyword = inner ? " INNER JOIN " : " LEFT JOIN ";
        JoinShape join = null;
        int joinOffset = 0;
        if (a.kind() == AssociationKind.BELONGS_TO_MANY) {
            join = JoinShape.of(session, a);
            joinOffset = columns + 1;
            columns += join.width();
            String j = "j" + tables;
            ScopeClause joinScope = JoinShape.scope(session, a, j);
            ScopeClause through = ScopeClause.ofColumns(sql, j, spec.throughWhere());
            joins.append(keyword).append(sql.quote(join.table())).append(' ').append(j).append(" ON ").append(j)
                .append('.').append(sql.quote(a.foreignKeyColumn())).append(" = ").append(parentAlias).append('.')
                .append(sql.quote(a.sourceKeyColumn())).append(joinScope.sql()).append(through.sql());
            joinValues.addAll(List.of(joinScope.values()));
            joinValues.addAll(List.of(through.values()));
        }
        Node node = new Node(spec, parent, alias, columns + 1, inner, join, joinOffset);
        joined.add(node);
        int index = joined.size() - 1;
        columns += spec.target().columns().length;
        StringBuilder on = new StringBuilder();
        List<Object> onValues = new ArrayList<>();
        link(spec, parentAlias, alias, on, onValues);
        Filter filter = spec.filter(alias);
        on.append(filter.sql());
        onValues.addAll(List.of(filter.values()));
        for (IncludeSpec child : spec.nested()) {
            // a required child filters this level: by its own INNER JOIN when both are inner, else by EXISTS here
            if (child.required() && !(isJoined(child) && inner)) {
                Filter f = Semijoin.exists(session, child, alias, aliases);
                on.append(" AND ").append(f.sql());
                onValues.addAll(List.of(f.values()));
            }
        }
        joins.append(keyword).append(sql.table(spec.target().info(), alias)).append(" ON ").append(on);
        joinValues.addAll(onValues);
        add(spec.nested(), index, alias, inner);
    }

    private void link(IncludeSpec spec, String parentAlias, String alias, StringBuilder on, List<Object> values) {
        Association a = spec.slot().association();
        SqlTexts sql = texts();
        switch (a.kind()) {
            case BELONGS_TO -> on.append(alias).append('.').append(sql.quote(a.targetKeyColumn())).append(" = ")
                .append(parentAlias).append('.')
                .append(sql.quote(spec.owner().column(a.foreignKey()).orElseThrow().column()));
            case BELONGS_TO_MANY -> on.append(alias).append('.').append(sql.quote(a.targetKeyColumn())).append(" = j")
                .append(alias.substring(1)).append('.').append(sql.quote(a.otherKeyColumn().orElseThrow()));
            default -> on.append(alias).append('.').append(sql.quote(a.foreignKeyColumn())).append(" = ")
                .append(parentAlias).append('.').append(sql.quote(a.sourceKeyColumn()));
        }
        if (a.kind() != AssociationKind.BELONGS_TO) {
            ScopeClause scope = ScopeClause.ofColumns(sql, alias, spec.target().scopeColumns(a.scope()));
            on.append(scope.sql());
            values.addAll(List.of(scope.values()));
        }
    }

    private SqlTexts texts() {
        return session.sql();
    }

    /** @return the select list: the primary's columns, then every joined include's (join row first) */
    public String selectColumns() {
        StringBuilder out = new StringBuilder(texts().columns(type.info(), "t0"));
        for (Node n : joined) {
            if (n.join != null) {
                out.append(", ").append(n.join.selectList(texts(), "j" + n.alias.substring(1)));
            }
            out.append(", ").append(texts().columns(n.spec.target().info(), n.alias));
        }
        return out.toString();
    }

    /** @return the JOIN clauses of the joined includes */
    public String joins() {
        return joins.toString();
    }

    /** @return {@code SELECT ... FROM "T" t0 LEFT JOIN ...} for a root query */
    public String selectFrom() {
        return "SELECT " + selectColumns() + " FROM " + texts().table(type.info(), "t0") + joins;
    }

    /**
     * @return {@code SELECT ... FROM (page) t0 LEFT JOIN ...}: the roots come from {@code page},
     *         a statement selecting the primary's columns (see {@link #primaryColumns()}) with its
     *         own WHERE, ORDER BY and LIMIT, so that LIMIT counts roots, not joined rows
     */
    public String selectFromPage(String page) {
        return "SELECT " + selectColumns() + " FROM (" + page + ") t0" + joins;
    }

    /** @return the primary's columns on alias t0, for a page subquery */
    public String primaryColumns() {
        return texts().columns(type.info(), "t0");
    }

    /** @return values bound in the JOIN clauses, which come before any WHERE value */
    public List<Object> joinValues() {
        return joinValues;
    }

    /** @return EXISTS conditions on t0 for required includes that are not joined */
    public List<Filter> rootFilters() {
        return rootFilters;
    }

    /**
     * @return an EXISTS condition on t0 for every required include of the primary, joined or
     *         not: the roots this statement returns, without reading the includes (for counts
     *         and for pages of roots)
     */
    public List<Filter> rootSemijoins() {
        if (rootSemijoins == null) {
            rootSemijoins = new ArrayList<>();
            for (IncludeSpec spec : includes) {
                if (spec.required()) {
                    rootSemijoins.add(Semijoin.exists(session, spec, "t0", aliases));
                }
            }
        }
        return rootSemijoins;
    }

    /** @return whether a collection is joined, so one primary may span several rows */
    public boolean joinsCollections() {
        return collections;
    }

    /**
     * @return {@code , t2."id", ...}: the ids of the joined collections' targets, appended to an
     *         ORDER BY that already orders the primaries by a unique key, so that each owner's
     *         rows are adjacent; empty when no collection is joined
     */
    public String collectionOrder() {
        if (!collections) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (Node n : joined) {
            if (n.many) {
                List<Object> ignored = new ArrayList<>();
                for (String term : n.spec.orderTerms(n.alias, ignored)) {
                    out.append(", ").append(term);
                }
                out.append(", ").append(n.alias).append('.').append(texts().quote(n.spec.target().id().column()));
            }
        }
        return out.toString();
    }

    /**
     * @return the alias of the to-one include of association {@code slot} joined directly on the
     *         roots with a LEFT JOIN and no condition of its own, which a path through the same
     *         association can read instead of joining the table again; empty when there is none
     */
    public java.util.Optional<String> plainToOneJoin(dev.kinship.runtime.internal.model.AssociationSlot slot) {
        for (Node n : joined) {
            if (n.parent < 0 && !n.many && !n.inner && n.spec.slot() == slot && n.spec.plainJoin()) {
                return java.util.Optional.of(n.alias);
            }
        }
        return java.util.Optional.empty();
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

    // ---- reading ----------------------------------------------------------------------------

    private RowReader reader() {
        if (reader == null) {
            reader = new RowReader(type, prefix, joined, collections);
        }
        return reader;
    }

    /** Forgets what the previous run read (stream chunks). */
    public void startRun() {
        reader().startRun();
    }

    /** Before another statement of the same run (an IN-list chunk): no joined collection is half read. */
    public void startStatement() {
        reader().startStatement();
    }

    /** Reads every row; each distinct primary entity once, in order. */
    public void readAll(ResultSet rows, Materializer materializer, LoadGroup group, List<Object> out) throws SQLException {
        reader().readAll(rows, materializer, group, out);
    }

    /** Reads the next row (plans without joined collections); @return false at the end. */
    public boolean readOne(ResultSet rows, Materializer materializer, LoadGroup group, List<Object> out)
            throws SQLException {
        return reader().readOne(rows, materializer, group, out);
    }

    /** The next rows belong to another owner of the primaries (a belongsToMany load). */
    public void nextOwner() {
        reader().nextOwner();
    }

    /** Reads the primary entity of the current row and wires the joined includes into it. */
    public Object readRow(ResultSet rows, Materializer materializer, LoadGroup group) throws SQLException {
        return reader().readRow(rows, materializer, group);
    }

    /** @return the entities read at the owner of {@code node}: the primaries given, or a joined node's */
    public List<Object> ownersOf(Node node, List<Object> primaries) {
        return node.parent < 0 ? primaries : joined.get(node.parent).read;
    }

    public IncludeSpec specOf(Node node) {
        return node.spec;
    }
}
