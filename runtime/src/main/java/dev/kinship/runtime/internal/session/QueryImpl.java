package dev.kinship.runtime.internal.session;

import dev.kinship.runtime.DataAccessException;
import dev.kinship.runtime.Include;
import dev.kinship.runtime.Query;
import dev.kinship.runtime.internal.loading.EagerLoader;
import dev.kinship.runtime.internal.loading.IncludeSpec;
import dev.kinship.runtime.internal.loading.SelectPlan;
import dev.kinship.runtime.internal.model.ColumnMapping;
import dev.kinship.runtime.internal.model.EntityType;
import dev.kinship.runtime.internal.model.LoadGroup;
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

    private record Condition(ColumnMapping column, Object value) {
    }

    private record Order(ColumnMapping column, boolean descending) {
    }

    private final SessionImpl session;
    private final EntityType type;
    private final Class<T> javaType;
    private final List<Condition> conditions = new ArrayList<>();
    private final List<Order> orders = new ArrayList<>();
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
        conditions.add(new Condition(column, Values.fit(column, value,
            "where(\"" + field + "\", ...): field " + type.name() + "." + field)));
        return this;
    }

    @Override
    public Query<T> include(String alias) {
        includes.add(IncludeSpec.of(type, session.types(), alias));
        return this;
    }

    @Override
    public Query<T> include(String alias, Consumer<Include> nested) {
        IncludeSpec spec = IncludeSpec.of(type, session.types(), alias);
        Objects.requireNonNull(nested, "nested").accept(spec);
        includes.add(spec);
        return this;
    }

    @Override
    public Query<T> orderBy(String field) {
        orders.add(new Order(column(field, "orderBy"), false));
        return this;
    }

    @Override
    public Query<T> orderByDescending(String field) {
        orders.add(new Order(column(field, "orderByDescending"), true));
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
        SelectPlan plan = plan(false);
        Object[] values = values(plan);
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
        List<Object> values = new ArrayList<>();
        String where = where(values, plan.rootSemijoins());
        List<Object> shape = new ArrayList<>();
        shape.add(plan.shapeKey());
        conditions.forEach(c -> shape.add(c.column().column() + (c.value() == null ? " null" : "")));
        String statementText = selects.cached(ShapeKey.Kind.COUNT, type.type(), shape,
            () -> selects.count(type.info(), where));
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
        SelectPlan plan = plan(true);
        Object[] values = values(plan);
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
     * WHERE ... ORDER BY ... LIMIT}. With a joined collection and a page, the roots are chosen
     * in a subquery with its own WHERE (required includes as EXISTS), ORDER BY and LIMIT, so that
     * LIMIT counts roots, and the outer statement joins the includes to that page.
     */
    private SelectPlan plan(boolean streaming) {
        SelectPlan plan = streaming
            ? SelectPlan.streaming(session, type, includes)
            : SelectPlan.root(session, type, includes);
        SelectStatements selects = session.sql().selects();
        List<Object> shape = new ArrayList<>();
        shape.add(plan.shapeKey());
        conditions.forEach(c -> shape.add(c.column().column() + (c.value() == null ? " null" : "")));
        orders.forEach(o -> shape.add(o.column().column() + (o.descending() ? " desc" : " asc")));
        shape.add(limit != null);
        shape.add(offset != null);
        String text = selects.cached(ShapeKey.Kind.SELECT, type.type(), shape, () -> {
            if (paged() && plan.joinsCollections()) {
                String page = selects.page(type.info(), plan.primaryColumns(), where(new ArrayList<>(),
                    plan.rootSemijoins()), order(true), limit != null, offset != null);
                return plan.selectFromPage(page) + order(true) + plan.collectionOrder();
            }
            return selects.root(plan.selectFrom(), where(new ArrayList<>(), plan.rootFilters()),
                order(paged() || plan.joinsCollections()), plan.collectionOrder(), limit != null, offset != null);
        });
        plan.sql(text);
        return plan;
    }

    /** @return the WHERE clause of the conditions and {@code filters}, their values added to {@code values} */
    private String where(List<Object> values, List<SelectPlan.Filter> filters) {
        SelectStatements selects = session.sql().selects();
        List<String> predicates = new ArrayList<>();
        for (Condition c : conditions) {
            predicates.add(selects.equalTo(c.column().column(), c.column().type(), c.value() == null));
            if (c.value() != null) {
                values.add(c.value());
            }
        }
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
    private String order(boolean unique) {
        SelectStatements selects = session.sql().selects();
        List<String> terms = new ArrayList<>();
        boolean byId = false;
        for (Order o : orders) {
            terms.add(selects.orderTerm(o.column().column(), o.column().type(), o.column().info().nullable(),
                o.descending()));
            byId |= type.hasId() && o.column() == type.id();
        }
        if (unique && !byId && type.hasId()) {
            terms.add(selects.idTerm(type.id().column()));
        }
        return selects.orderBy(terms);
    }

    private Object[] values(SelectPlan plan) {
        List<Object> values = new ArrayList<>();
        boolean page = paged() && plan.joinsCollections();
        if (!page) {
            values.addAll(plan.joinValues());
        }
        for (Condition c : conditions) {
            if (c.value() != null) {
                values.add(c.value());
            }
        }
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
        }
        return values.toArray();
    }
}
