package dev.kinship.runtime;

import dev.kinship.runtime.internal.query.Conditions;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The factories of {@link Condition}s, meant to be imported statically:
 *
 * <pre>{@code
 * import static dev.kinship.runtime.Where.*;
 * s.query(Loan.class).where(lt("dueDate", today), isNull("returnedAt")).list();
 * }</pre>
 *
 * A field is a field of the queried model, or a path through to-one associations
 * ({@code "author.username"}). Values are always bound as parameters, checked against the
 * column's type when the query runs. {@code eq(f, null)} is {@code isNull(f)} and
 * {@code ne(f, null)} is {@code isNotNull(f)}; null is refused wherever it has no meaning.
 */
public final class Where {

    private Where() {
    }

    /**
     * @return rows whose {@code field} equals {@code value} ({@code isNull(field)} when value is null)
     * @throws IllegalArgumentException when {@code field} is blank
     */
    public static Condition eq(String field, Object value) {
        return value == null ? isNull(field) : Conditions.compare(field(field), Conditions.Op.EQ, value);
    }

    /**
     * @return rows whose {@code field} is not NULL and differs from {@code value}
     *         ({@code isNotNull(field)} when value is null)
     * @throws IllegalArgumentException when {@code field} is blank
     */
    public static Condition ne(String field, Object value) {
        return value == null ? isNotNull(field) : Conditions.compare(field(field), Conditions.Op.NE, value);
    }

    /**
     * @return rows whose {@code field} is less than {@code value}
     * @throws IllegalArgumentException when {@code field} is blank or {@code value} is null
     */
    public static Condition lt(String field, Object value) {
        return Conditions.compare(field(field), Conditions.Op.LT, value(value, "lt", field));
    }

    /**
     * @return rows whose {@code field} is less than or equal to {@code value}
     * @throws IllegalArgumentException when {@code field} is blank or {@code value} is null
     */
    public static Condition le(String field, Object value) {
        return Conditions.compare(field(field), Conditions.Op.LE, value(value, "le", field));
    }

    /**
     * @return rows whose {@code field} is greater than {@code value}
     * @throws IllegalArgumentException when {@code field} is blank or {@code value} is null
     */
    public static Condition gt(String field, Object value) {
        return Conditions.compare(field(field), Conditions.Op.GT, value(value, "gt", field));
    }

    /**
     * @return rows whose {@code field} is greater than or equal to {@code value}
     * @throws IllegalArgumentException when {@code field} is blank or {@code value} is null
     */
    public static Condition ge(String field, Object value) {
        return Conditions.compare(field(field), Conditions.Op.GE, value(value, "ge", field));
    }

    /**
     * @return rows whose {@code field} lies between {@code low} and {@code high}, both included
     * @throws IllegalArgumentException when {@code field} is blank or either end is null
     */
    public static Condition between(String field, Object low, Object high) {
        return new Conditions.Between(field(field), value(low, "between", field), value(high, "between", field));
    }

    /**
     * @return rows whose {@code field} equals one of {@code values}; none when it is empty
     * @throws IllegalArgumentException when {@code field} is blank or a value is null
     * @throws NullPointerException     when {@code values} is null
     */
    public static Condition in(String field, Collection<?> values) {
        return new Conditions.In(field(field), values(values, "in", field), false);
    }

    /**
     * @return rows whose {@code field} is not NULL and equals none of {@code values}; every row
     *         when it is empty
     * @throws IllegalArgumentException when {@code field} is blank or a value is null
     * @throws NullPointerException     when {@code values} is null
     */
    public static Condition notIn(String field, Collection<?> values) {
        return new Conditions.In(field(field), values(values, "notIn", field), true);
    }

    /**
     * @return rows whose text {@code field} matches {@code pattern}: {@code %} any run of characters,
     *         {@code _} one character, {@code \} makes the next one literal; case-sensitive on every
     *         database
     * @throws IllegalArgumentException when {@code field} is blank or {@code pattern} is null
     */
    public static Condition like(String field, String pattern) {
        return Conditions.compare(field(field), Conditions.Op.LIKE, value(pattern, "like", field));
    }

    /**
     * @return rows whose text {@code field} matches {@code pattern} as {@link #like} does, ignoring case
     * @throws IllegalArgumentException when {@code field} is blank or {@code pattern} is null
     */
    public static Condition likeIgnoreCase(String field, String pattern) {
        return Conditions.compare(field(field), Conditions.Op.LIKE_IGNORE_CASE,
            value(pattern, "likeIgnoreCase", field));
    }

    /**
     * @return rows whose {@code field} is NULL (a path: also rows where the path leads nowhere)
     * @throws IllegalArgumentException when {@code field} is blank
     */
    public static Condition isNull(String field) {
        return new Conditions.Null(field(field), false);
    }

    /**
     * @return rows whose {@code field} is not NULL
     * @throws IllegalArgumentException when {@code field} is blank
     */
    public static Condition isNotNull(String field) {
        return new Conditions.Null(field(field), true);
    }

    /**
     * @return rows that match every one of {@code conditions}; every row when none is given
     * @throws NullPointerException when a condition is null
     */
    public static Condition and(Condition... conditions) {
        return new Conditions.Junction(true, list(conditions, "and"));
    }

    /**
     * @return rows that match at least one of {@code conditions}; none when none is given
     * @throws NullPointerException when a condition is null
     */
    public static Condition or(Condition... conditions) {
        return new Conditions.Junction(false, list(conditions, "or"));
    }

    /**
     * @return rows for which {@code condition} is false (not those for which it is unknown: a
     *         comparison with NULL stays unknown)
     * @throws NullPointerException when {@code condition} is null
     */
    public static Condition not(Condition condition) {
        return new Conditions.Not(Conditions.of(Objects.requireNonNull(condition, "not(condition): condition")));
    }

    /**
     * @return rows with at least one row associated through {@code alias} (of any kind) that
     *         matches every one of {@code conditions}, fields being the associated model's; with
     *         none given, at least one associated row
     * @throws IllegalArgumentException when {@code alias} is blank
     * @throws NullPointerException     when a condition is null
     */
    public static Condition has(String alias, Condition... conditions) {
        if (alias == null || alias.isBlank()) {
            throw new IllegalArgumentException("has(alias, ...): the alias is " + (alias == null ? "null" : "blank")
                + ". Pass the alias of an association, e.g. has(\"comments\").");
        }
        return new Conditions.Has(alias, list(conditions, "has"));
    }

    private static String field(String field) {
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("A condition's field is " + (field == null ? "null" : "blank")
                + ". Pass the name of a field, or a path such as \"author.username\".");
        }
        return field;
    }

    private static <V> V value(V value, String factory, String field) {
        if (value == null) {
            throw new IllegalArgumentException(factory + "(\"" + field + "\", null): a comparison with null matches no "
                + "row. Use isNull(\"" + field + "\") or isNotNull(\"" + field + "\") to test for a missing value.");
        }
        return value;
    }

    private static List<Object> values(Collection<?> values, String factory, String field) {
        Objects.requireNonNull(values, factory + "(\"" + field + "\", values): values");
        int index = 0;
        for (Object value : values) {
            if (value == null) {
                throw new IllegalArgumentException(factory + "(\"" + field + "\", ...): element " + index + " is null, "
                    + "which " + factory + " cannot compare. Leave it out and add isNull(\"" + field + "\") with or(...) "
                    + "to match missing values.");
            }
            index++;
        }
        return List.copyOf(values);
    }

    private static List<Conditions.Node> list(Condition[] conditions, String factory) {
        Objects.requireNonNull(conditions, factory + "(...): conditions");
        return java.util.Arrays.stream(conditions)
            .map(c -> Conditions.of(Objects.requireNonNull(c, factory + "(...): a condition is null")))
            .toList();
    }
}
