package dev.kinship.runtime.internal.session;

import dev.kinship.runtime.DataAccessException;
import dev.kinship.runtime.Include;
import dev.kinship.runtime.Query;
import dev.kinship.runtime.internal.loading.EagerLoader;
import dev.kinship.runtime.internal.loading.IncludeSpec;
import dev.kinship.runtime.internal.loading.LoadGroup;
import dev.kinship.runtime.internal.loading.Materializer;
import dev.kinship.runtime.internal.loading.SelectPlan;
import dev.kinship.runtime.internal.mapping.ColumnMapping;
import dev.kinship.runtime.internal.mapping.EntityType;
import dev.kinship.runtime.internal.sql.SqlTexts;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
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
        SqlTexts sql = session.sql();
        List<Object> values = new ArrayList<>();
        StringBuilder text = new StringBuilder("SELECT COUNT(*) FROM ").append(sql.table(type, "t0"));
        appendWhere(text, values, plan.rootSemijoins());
        List<Object> shape = new ArrayList<>();
        shape.add("count");
        shape.add(type.type());
        shape.add(plan.shapeKey());
        conditions.forEach(c -> shape.add(c.column().column() + (c.value() == null ? " null" : "")));
        String statementText = sql.cached(shape, text::toString);
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
            source.executor().bind(statement, values);
            ResultSet rows = source.executor().query(statement, text, values);
            Materializer materializer = session.materializer();
            EagerLoader eager = new EagerLoader(session);
            Spliterator<T> spliterator = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED
                    | Spliterator.NONNULL) {
                private final List<Object> buffer = new ArrayList<>();
                private int next;

                @Override
                public boolean tryAdvance(Consumer<? super T> action) {
                    if (next == buffer.size() && !fill()) {
                        return false;
                    }
                    action.accept(javaType.cast(buffer.get(next++)));
                    return true;
                }

                private boolean fill() {
                    buffer.clear();
                    next = 0;
                    LoadGroup group = new LoadGroup(STREAM_GROUP);
                    plan.startRun(); // the includes below this chunk's roots are this chunk's only
                    try {
                        while (buffer.size() < STREAM_GROUP && plan.readOne(rows, materializer, group, buffer)) {
                            // reading a chunk
                        }
                    } catch (SQLException e) {
                        throw new DataAccessException("Reading the stream of " + type.name() + " failed: "
                            + e.getMessage(), e);
                    }
                    eager.loadSeparate(plan, buffer);
                    return !buffer.isEmpty();
                }
            };
            return StreamSupport.stream(spliterator, false).onClose(() -> {
                try {
                    rows.close();
                    statement.close();
                } catch (SQLException e) {
                    // closing: nothing to recover
                } finally {
                    source.close();
                }
            });
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
        SqlTexts sql = session.sql();
        List<Object> shape = new ArrayList<>();
        shape.add("query");
        shape.add(type.type());
        shape.add(plan.shapeKey());
        conditions.forEach(c -> shape.add(c.column().column() + (c.value() == null ? " null" : "")));
        orders.forEach(o -> shape.add(o.column().column() + (o.descending() ? " desc" : " asc")));
        shape.add(limit != null);
        shape.add(offset != null);
        String text = sql.cached(shape, () -> {
            if (paged() && plan.joinsCollections()) {
                StringBuilder page = new StringBuilder("SELECT ").append(plan.primaryColumns()).append(" FROM ")
                    .append(sql.table(type, "t0"));
                appendWhere(page, new ArrayList<>(), plan.rootSemijoins());
                appendOrder(page, sql, true);
                page.append(sql.dialect().limitOffset(limit != null, offset != null));
                StringBuilder out = new StringBuilder(plan.selectFromPage(page.toString()));
                appendOrder(out, sql, true);
                out.append(plan.collectionOrder());
                return out.toString();
            }
            StringBuilder out = new StringBuilder(plan.selectFrom());
            appendWhere(out, new ArrayList<>(), plan.rootFilters());
            appendOrder(out, sql, paged() || plan.joinsCollections());
            out.append(plan.collectionOrder());
            out.append(sql.dialect().limitOffset(limit != null, offset != null));
            return out.toString();
        });
        plan.sql(text);
        return plan;
    }

    private void appendWhere(StringBuilder out, List<Object> values, List<SelectPlan.Filter> filters) {
        SqlTexts sql = session.sql();
        String glue = " WHERE ";
        for (Condition c : conditions) {
            String column = "t0." + sql.quote(c.column().column());
            if (c.value() == null) {
                out.append(glue).append(column).append(" IS NULL");
            } else {
                Class<?> javaType = c.column().type();
                out.append(glue).append(sql.dialect().comparable(column, javaType)).append(" = ")
                    .append(sql.dialect().comparable("?", javaType));
            }
            if (c.value() != null) {
                values.add(c.value());
            }
            glue = " AND ";
        }
        for (SelectPlan.Filter filter : filters) {
            out.append(glue).append(filter.sql());
            values.addAll(List.of(filter.values()));
            glue = " AND ";
        }
    }

    /**
     * The user's order; when {@code unique}, the id breaks ties, so that pages are stable and the
     * rows of one root are adjacent.
     */
    private void appendOrder(StringBuilder out, SqlTexts sql, boolean unique) {
        String glue = " ORDER BY ";
        boolean byId = false;
        for (Order o : orders) {
            out.append(glue).append(sql.dialect().orderTerm("t0." + sql.quote(o.column().column()), o.column().type(),
                o.column().info().nullable(), o.descending()));
            glue = ", ";
            byId |= type.hasId() && o.column() == type.id();
        }
        if (unique && !byId && type.hasId()) {
            out.append(glue).append("t0.").append(sql.quote(type.id().column()));
        }
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
