package dev.kinship.runtime.internal.sql;

import dev.kinship.dsl.ModelInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Statement text, built once per shape and cached for the life of the Database. IN lists are
 * padded to the next power of two (repeating the last value) so that a handful of shapes
 * serve every list length, and split into chunks the dialect can bind.
 */
public final class SqlTexts {

    private final Dialect dialect;
    private final Map<Object, String> cache = new ConcurrentHashMap<>();

    public SqlTexts(Dialect dialect) {
        this.dialect = dialect;
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
        return cached(List.of("columns", model.type(), alias), () -> {
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

    /** @return {@code ?, ?, ?} with {@code count} placeholders */
    public String placeholders(int count) {
        return cached(List.of("in", count), () -> String.join(", ", java.util.Collections.nCopies(count, "?")));
    }

    /**
     * Splits {@code values} into chunks of at most the dialect's parameter limit (less
     * {@code reserved} for other parameters), each padded to a power of two.
     */
    public List<Object[]> chunks(List<?> values, int reserved) {
        int max = Math.max(1, dialect.maxParameters() - reserved);
        List<Object[]> chunks = new ArrayList<>();
        for (int from = 0; from < values.size(); from += max) {
            int to = Math.min(values.size(), from + max);
            int size = to - from;
            int padded = Math.min(max, Integer.highestOneBit(size) == size ? size : Integer.highestOneBit(size) << 1);
            Object[] chunk = new Object[padded];
            for (int i = 0; i < padded; i++) {
                chunk[i] = values.get(from + Math.min(i, size - 1));
            }
            chunks.add(chunk);
        }
        return chunks;
    }
}
