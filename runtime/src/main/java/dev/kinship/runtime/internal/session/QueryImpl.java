package dev.kinship.runtime.internal.session;

import dev.kinship.runtime.Condition;
import dev.kinship.runtime.DataAccessException;
import dev.kinship.runtime.Include;
import dev.kinship.runtime.Query;
import dev.kinship.runtime.Where;
import dev.kinship.runtime.internal.loading.EagerLoader;
import dev.kinship.runtime.internal.loading.IncludeSpec;
import dev.kinship.runtime.internal.loading.SelectPlan;
import dev.kinship.runtime.internal.model.ColumnMapping;
import dev.kinship.runtime.internal.model.EntityType;
import dev.kinship.runtime.internal.model.LoadGroup;
import dev.kinship.runtime.internal.query.Conditions;
import dev.kinship.runtime.internal.query.Values;
import dev.kinship.runtime.internal.sql.SelectStatements;
import dev.kinship.runtime.internal.sql.ShapeKey;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** A query over one model: conditions, order, page and includes, turned into cached statement shapes. */
final class QueryImpl<T> implements Query<T> {

    private static final int STREAM_GROUP = 1_000;

    private final SessionImpl session;
    private final EntityType type;
    private final Class<T> javaType;
    private final List<Conditions.Node> conditions = new ArrayList<>();
    private final List<RootClauses.Sort> orders = new ArrayList<>();
    private final List<IncludeSpec> includes = new ArrayList<>();
    private Integer limit;
    private Integer offset;

    QueryImpl(SessionImpl session, EntityType type, Class<T> javaType) {
        this.session = session;
        this.type = type;
        this.javaType = javaType;
    }

    @Override
    public Query<T> where(String field, Object value) {
        ColumnMapping column = column(field, "where");
        Object fitted = Values.fit(column, value, "where(\"" + field + "\", ...): field " + type.name() + "." + field);
        conditions.add(fitted == null ? (Conditions.Node) Where.isNull(field)
            : Conditions.compare(field, Conditions.Op.EQ, fitted));
        return this;
    }

    @Override
    public Query<T> where(Condition... conditions) {
        Objects.requireNonNull(conditions, "where(conditions)");
        List<Conditions.Node> nodes = new ArrayList<>();
        for (Condition condition : conditions) {
            nodes.add(Conditions.of(Objects.requireNonNull(condition, "where(...): a condition is null")));
        }
        new RootClauses(session, type).render(nodes, List.of()); // refuses unknown fields and unfit values now
        this.conditions.addAll(nodes);
        return this;
    }

    @Override
    public Query<T> include(String alias) {
        includes.add(IncludeSpec.of(type, session.types(), session.sql(), alias));
        return this;
    }

    @Override
    public Query<T> include(String alias, Consumer<Include> nested) {
        IncludeSpec spec = IncludeSpec.of(type, session.types(), session.sql(), alias);
        Objects.requireNonNull(nested, "nested").accept(spec);
        includes.add(spec);
        return this;
    }

    @Override
    public Query<T> orderBy(String field) {
        return order(field, false, "orderBy");
    }

    @Override
    public Query<T> orderByDescending(String field) {
        return order(field, true, "orderByDescending");
    }

    private Query<T> order(String field, boolean descending, String call) {
        Objects.requireNonNull(field, "field");
        RootClauses.Sort sort = new RootClauses.Sort(field, descending);
        if (!field.contains(".")) {
            column(field, call);
        } else {
            try {
                new RootClauses(session, type).render(List.of(), List.of(sort));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(call + "(\"" + field + "\"): " + e.getMessage(), e);
            }
        }
        orders.add(sort);
        return this;
    }

    @Override
    public Query<T> limit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 or more, was " + limit);
        }
        this.limit = limit;
        return this;
    }

    @Override
    public Query<T> offset(int offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be 0 or more, was " + offset);
        }
        this.offset = offset;
        return this;
    }

    private ColumnMapping column(String field, String call) {
        Objects.requireNonNull(field, "field");
        return type.column(field).orElseThrow(() -> new IllegalArgumentException(call + "(\"" + field + "\"): "
            + type.name() + " has no field '" + field + "'. Its fields: " + type.columnsByName().keySet()
            .stream().collect(Collectors.joining(", ", "[", "]")) + "."));
    }

    @Override
    public List<T> list() {
        session.requireOpen();
        SelectPlan plan = SelectPlan.root(session, type, includes);
        RootClauses clauses = clauses(plan);
        plan(plan, clauses);
        Object[] values = values(plan, clauses);
        String text = plan.sql();
        try {
            PreparedStatement statement = session.executor().prepare(text, values);
            List<Object> roots = new ArrayList<>();
            LoadGroup group = new LoadGroup(limit == null ? 16 : Math.min(limit, 1024));
            try (ResultSet rows = session.executor().query(statement, text, values)) {
                plan.readAll(rows, session.materializer(), group, roots);
            }
            new EagerLoader(session).loadSeparate(plan, roots);
            List<T> result = new ArrayList<>(roots.size());
            for (Object root : roots) {
                result.add(javaType.cast(root));
            }
            return result;
        } catch (SQLException e) {
            throw new DataAccessException("query(" + type.name() + ".class) failed: " + e.getMessage()
                + ". Statement: " + text, e);
        }
    }

    @Override
    public Optional<T> first() {
        Integer previous = limit;
        limit = 1;
        try {
            List<T> one = list();
            return one.isEmpty() ? Optional.empty() : Optional.of(one.get(0));
        } finally {
            limit = previous;
        }
    }

    @Override
    public long count() {
        session.requireOpen();
        SelectPlan plan = SelectPlan.root(session, type, includes);
        SelectStatements selects = session.sql().selects();
        RootClauses clauses = new RootClauses(session, type).render(conditions, List.of());
        List<Object> values = new ArrayList<>(clauses.joinValues());
        String where = where(clauses, values, plan.rootSemijoins());
        List<Object> shape = List.of(plan.shapeKey(), clauses.shape());
        String statementText = selects.cached(ShapeKey.Kind.COUNT, type.type(), shape,
            () -> selects.count(type.info(), clauses.joins() + where));
        Object[] bound = values.toArray();
        try {
            PreparedStatement statement = session.executor().prepare(statementText, bound);
            try (ResultSet rows = session.executor().query(statement, statementText, bound)) {
                rows.next();
                long total = rows.getLong(1);
                long skipped = offset == null ? 0 : Math.min(total, offset);
                long counted = total - skipped;
                return limit == null ? counted : Math.min(counted, limit);
            }
        } catch (SQLException e) {
            throw new DataAccessException("count of " + type.name() + " failed: " + e.getMessage()
                + ". Statement: " + statementText, e);
        }
    }

    @Override
    public Stream<T> stream() {
        session.requireOpen();
        SelectPlan plan = SelectPlan.streaming(session, type, includes);
        RootClauses clauses = clauses(plan);
        plan(plan, clauses);
        Object[] values = values(plan, clauses);
        String text = plan.sql();
        SessionImpl.StreamConnection source = session.streamConnection(STREAM_GROUP);
        try {
            PreparedStatement statement = source.prepare(text);
            ResultSet rows;
            try {
                source.executor().bind(statement, values);
                rows = source.executor().query(statement, text, values);
            } catch (SQLException | RuntimeException e) {
                statement.close();
                throw e;
            }
            StreamCursor<T> cursor = new StreamCursor<>(session, javaType, type.name(), plan, source, statement, rows,
                STREAM_GROUP);
            return StreamSupport.stream(cursor, false).onClose(cursor::close);
        } catch (SQLException | RuntimeException e) {
            source.close();
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new DataAccessException("stream of " + type.name() + " failed: " + e.getMessage()
                + ". Statement: " + text, e);
        }
    }

    // ---- statement shape --------------------------------------------------------------------

    private boolean paged() {
        return limit != null || offset != null;
    }

    /**
     * The root statement. Without joined collections: {@code SELECT ... FROM T t0 [JOIN ...]
     * [path joins] WHERE ... ORDER BY ... LIMIT}. With a joined collection and a page, the roots
     * are chosen in a subquery with its own path joins, WHERE (required includes as EXISTS),
     * ORDER BY and LIMIT, so that LIMIT counts roots, and the outer statement joins the includes
     * (and the paths its order needs) to that page.
     */
    private void plan(SelectPlan plan, RootClauses clauses) {
        SelectStatements selects = session.sql().selects();
        List<Object> shape = List.of(plan.shapeKey(), clauses.shape(), limit != null, offset != null);
        String text = selects.cached(ShapeKey.Kind.SELECT, type.type(), shape, () -> {
            if (paged() && plan.joinsCollections()) {
                String page = selects.page(type.info(), plan.primaryColumns(), clauses.joins()
                    + where(clauses, new ArrayList<>(), plan.rootSemijoins()), order(clauses, true), limit != null,
                    offset != null);
                return plan.selectFromPage(page) + clauses.joins() + order(clauses, true) + plan.collectionOrder();
            }
            return selects.root(plan.selectFrom() + clauses.joins(), where(clauses, new ArrayList<>(),
                plan.rootFilters()), order(clauses, paged() || plan.joinsCollections()), plan.collectionOrder(),
                limit != null, offset != null);
        });
        plan.sql(text);
    }

    /**
     * @return the conditions and order of this query for {@code plan}'s statement: a path through
     *         a plain to-one include reads that include's join, unless the roots are paged in a
     *         subquery of their own (which has no include joins)
     */
    private RootClauses clauses(SelectPlan plan) {
        boolean page = paged() && plan.joinsCollections();
        return new RootClauses(session, type, page ? null : plan).render(conditions, orders);
    }

    /** @return the WHERE clause of the conditions and {@code filters}, their values added to {@code values} */
    private String where(RootClauses clauses, List<Object> values, List<SelectPlan.Filter> filters) {
        SelectStatements selects = session.sql().selects();
        List<String> predicates = new ArrayList<>(clauses.predicates());
        values.addAll(clauses.values());
        for (SelectPlan.Filter filter : filters) {
            predicates.add(filter.sql());
            values.addAll(List.of(filter.values()));
        }
        return selects.where(predicates);
    }

    /**
     * @return the user's order; when {@code unique}, the id breaks ties, so that pages are stable
     *         and the rows of one root are adjacent
     */
    private String order(RootClauses clauses, boolean unique) {
        SelectStatements selects = session.sql().selects();
        List<String> terms = new ArrayList<>(clauses.orderTerms());
        if (unique && !clauses.orderedById() && type.hasId()) {
            terms.add(selects.idTerm(type.id().column()));
        }
        return selects.orderBy(terms);
    }

    private Object[] values(SelectPlan plan, RootClauses clauses) {
        List<Object> values = new ArrayList<>();
        boolean page = paged() && plan.joinsCollections();
        if (!page) {
            values.addAll(plan.joinValues());
        }
        values.addAll(clauses.joinValues());
        values.addAll(clauses.values());
        for (SelectPlan.Filter filter : page ? plan.rootSemijoins() : plan.rootFilters()) {
            values.addAll(List.of(filter.values()));
        }
        if (limit != null) {
            values.add(limit);
        }
        if (offset != null) {
            values.add(offset);
        }
        if (page) {
            values.addAll(plan.joinValues());
            values.addAll(clauses.joinValues());
        }
        return values.toArray();
    }
}
