package dev.kinship.runtime.internal.sql;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Names of indexes and constraints, {@code table_column} plus a suffix, kept within the
 * database's identifier length and distinct within one schema: a name too long, or taken already,
 * is cut and ends in eight hex digits of a hash of its full form.
 */
final class ConstraintNames {

    private final int maxBytes;
    private final Set<String> used = new HashSet<>();

    ConstraintNames(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    String name(String table, String column, String suffix) {
        String full = table + "_" + column + suffix;
        if (bytes(full) <= maxBytes && used.add(full)) {
            return full;
        }
        String hash = String.format("_%08x", (table + "\u0000" + column + "\u0000" + suffix).hashCode());
        String base = full;
        while (bytes(base) + hash.length() > maxBytes) {
            base = base.substring(0, base.offsetByCodePoints(base.length(), -1));
        }
        String name = base + hash;
        used.add(name);
        return name;
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
