package dev.kinship.runtime.internal.query;

import dev.kinship.runtime.Condition;
import java.util.List;

/**
 * The condition trees {@code Where} makes: immutable records, one per kind. Fields and aliases
 * are resolved against the schema when a query runs, never here.
 */
public final class Conditions {

    private Conditions() {
    }

    /** Comparison operators. */
    public enum Op {
        EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">="), LIKE("LIKE"), LIKE_IGNORE_CASE("LIKE");

        private final String sql;

        Op(String sql) {
            this.sql = sql;
        }

        /** @return the operator as SQL writes it */
        public String sql() {
            return sql;
        }
    }

    /** A node of a condition tree. */
    public sealed interface Node extends Condition permits Compare, Between, In, Null, Junction, Not, Has {
    }

    /** {@code field op value}; the value is never null. */
    public record Compare(String field, Op op, Object value) implements Node {
    }

    /** {@code field BETWEEN low AND high}. */
    public record Between(String field, Object low, Object high) implements Node {
    }

    /** {@code field IN (values)}, or NOT IN when {@code negated}. */
    public record In(String field, List<Object> values, boolean negated) implements Node {
    }

    /** {@code field IS NULL}, or IS NOT NULL when {@code negated}. */
    public record Null(String field, boolean negated) implements Node {
    }

    /** AND ({@code and}) or OR of {@code parts}. */
    public record Junction(boolean and, List<Node> parts) implements Node {
    }

    /** NOT {@code part}. */
    public record Not(Node part) implements Node {
    }

    /** EXISTS a row associated through {@code alias} matching every one of {@code parts}. */
    public record Has(String alias, List<Node> parts) implements Node {
    }

    /** @return a comparison */
    public static Node compare(String field, Op op, Object value) {
        return new Compare(field, op, value);
    }

    /**
     * @return {@code condition} as a node
     * @throws IllegalArgumentException when it was not made by {@code Where}
     */
    public static Node of(Condition condition) {
        if (condition instanceof Node node) {
            return node;
        }
        throw new IllegalArgumentException("The condition " + condition + " (" + condition.getClass().getName()
            + ") was not made by Where. Build conditions with Where's factories: eq, lt, in, like, and, or, has ...");
    }
}
