package dev.kinship.runtime.internal.sql;

import dev.kinship.dsl.ModelInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Statement text, built once per shape and cached for the life of the Database, and the
 * statement builders of each family ({@link #writes()}, {@link #links()}, {@link #joins()}, {@link #deletes()}...),
 * which the dialect makes so that it can override one statement. IN lists are padded to the next
 * power of two (repeating the last value) so that a handful of shapes serve every list length,
 * and split into chunks the dialect can bind.
 */
public final class SqlTexts {

    private final Dialect dialect;
    private final Map<Object, String> cache = new ConcurrentHashMap<>();
    private final SelectStatements selects;
    private final WriteStatements writes;
    private final LinkStatements links;
    private final JoinStatements joins;
    private final DeleteStatements deletes;
    private final LoadStatements loads;

    public SqlTexts(Dialect dialect) {
        this.dialect = dialect;
        this.selects = dialect.selectStatements(this);
        this.writes = dialect.writeStatements(this);
        this.links = dialect.linkStatements(this);
        this.joins = dialect.joinStatements(this);
        this.deletes = dialect.deleteStatements(this);
        this.loads = dialect.loadStatements(this);
    }

    /** @return find by id, the root select and its page, count */
    public SelectStatements selects() {
        return selects;
    }

    /** @return insert, update by id, delete by ids */
    public WriteStatements writes() {
        return writes;
    }

    /** @return the statements of association operations: to-one keys and hasMany links */
    public LinkStatements links() {
        return links;
    }

    /** @return the statements on a belongsToMany's join rows */
    public JoinStatements joins() {
        return joins;
    }

    /** @return the statements of delete rules and of the look-ups that explain a failed write */
    public DeleteStatements deletes() {
        return deletes;
    }

    /** @return the statements that load an association for a batch of owners */
    public LoadStatements loads() {
        return loads;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** @return the text cached under {@code key}, built by {@code builder} on first use */
    public String cached(Object key, Supplier<String> builder) {
        String text = cache.get(key);
        if (text == null) {
            text = builder.get();
            cache.put(key, text);
        }
        return text;
    }

    public String quote(String identifier) {
        return dialect.quote(identifier);
    }

    /** @return {@code a."id", a."title", ...}: every column of {@code model}, in declaration order */
    public String columns(ModelInfo model, String alias) {
        return cached(new ShapeKey(ShapeKey.Kind.COLUMNS, model.type(), alias, 0, ""), () -> {
            StringBuilder out = new StringBuilder();
            for (String column : model.columns()) {
                if (out.length() > 0) {
                    out.append(", ");
                }
                out.append(alias).append('.').append(quote(column));
            }
            return out.toString();
        });
    }

    /** @return {@code "Posts" t0} style table reference */
    public String table(ModelInfo model, String alias) {
        return quote(model.table()) + " " + alias;
    }

    /**
     * @return the dialect's predicate that {@code expression} is one of the values of a chunk of
     *         {@code size} parameters from {@link #chunks}: {@code IN (?, ...)} or {@code = ANY(?)}
     */
    public String in(String expression, int size) {
        return dialect.inList(expression, size);
    }

    /**
     * Splits {@code values} into chunks of at most the dialect's parameter limit (less
     * {@code reserved} for other parameters), the same on every database so that statement counts
     * agree, each bound as the dialect binds an IN list: padded to a power of two, or one array.
     */
    public List<Object[]> chunks(List<?> values, int reserved) {
        int max = Math.max(1, dialect.maxParameters() - reserved);
        List<Object[]> chunks = new ArrayList<>();
        for (int from = 0; from < values.size(); from += max) {
            chunks.add(dialect.inListParameters(values.subList(from, Math.min(values.size(), from + max)), max));
        }
        return chunks;
    }
}
