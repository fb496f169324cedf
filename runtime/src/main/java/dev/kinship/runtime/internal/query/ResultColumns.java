package dev.kinship.runtime.internal.query;

import dev.kinship.runtime.internal.model.ColumnMapping;
import dev.kinship.runtime.internal.model.EntityType;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where each column of a model is in a result the caller's SQL produced: by label, an exact match
 * first, then one ignoring case; a duplicated or ambiguous label, or a missing column, is refused
 * naming it.
 */
public final class ResultColumns {

    private ResultColumns() {
    }

    /**
     * @return for each column of {@code type} in mapping order, its 1-based position in the result
     * @throws IllegalArgumentException naming the column when it is missing, duplicated or ambiguous
     */
    public static int[] positions(ResultSetMetaData meta, EntityType type, String call) throws SQLException {
        List<String> labels = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            labels.add(meta.getColumnLabel(i));
        }
        ColumnMapping[] columns = type.columns();
        int[] positions = new int[columns.length];
        for (int c = 0; c < columns.length; c++) {
            String name = columns[c].column();
            List<Integer> exact = matches(labels, name, false);
            List<Integer> found = exact.isEmpty() ? matches(labels, name, true) : exact;
            if (found.isEmpty()) {
                throw new IllegalArgumentException(call + ": the result has no column \"" + name + "\", which "
                    + type.name() + "." + columns[c].name() + " is read from. Its columns: " + labels + ". Select every "
                    + "column of " + type.name() + " (SELECT * or t.*), or alias one AS \"" + name + "\".");
            }
            if (found.size() > 1) {
                throw new IllegalArgumentException(call + ": the result has " + found.size() + " columns labelled \""
                    + labels.get(found.get(0) - 1) + "\"" + (exact.isEmpty() ? " (ignoring case)" : "") + ", so "
                    + type.name() + "." + columns[c].name() + " is ambiguous. Its columns: " + labels + ". Select the "
                    + "model's columns once, aliasing the others (AS other_" + name + ").");
            }
            positions[c] = found.get(0);
        }
        return positions;
    }

    private static List<Integer> matches(List<String> labels, String name, boolean ignoreCase) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            if (ignoreCase ? label.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)) : label.equals(name)) {
                out.add(i + 1);
            }
        }
        return out;
    }
}
