package dev.kinship.runtime.query;

import static dev.kinship.runtime.Where.and;
import static dev.kinship.runtime.Where.between;
import static dev.kinship.runtime.Where.eq;
import static dev.kinship.runtime.Where.ge;
import static dev.kinship.runtime.Where.gt;
import static dev.kinship.runtime.Where.has;
import static dev.kinship.runtime.Where.in;
import static dev.kinship.runtime.Where.isNotNull;
import static dev.kinship.runtime.Where.isNull;
import static dev.kinship.runtime.Where.le;
import static dev.kinship.runtime.Where.like;
import static dev.kinship.runtime.Where.likeIgnoreCase;
import static dev.kinship.runtime.Where.lt;
import static dev.kinship.runtime.Where.ne;
import static dev.kinship.runtime.Where.not;
import static dev.kinship.runtime.Where.notIn;
import static dev.kinship.runtime.Where.or;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kinship.runtime.Condition;
import dev.kinship.runtime.internal.query.Conditions;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where's factories: the trees they make and the inputs they refuse before any query runs. */
class WhereTest {

    @Test
    void eqAndNe_withNull_areNullTests() {
        assertThat(eq("returnedAt", null)).isEqualTo(isNull("returnedAt"));
        assertThat(ne("returnedAt", null)).isEqualTo(isNotNull("returnedAt"));
        assertThat(isNull("a")).isEqualTo(new Conditions.Null("a", false));
        assertThat(isNotNull("a")).isEqualTo(new Conditions.Null("a", true));
    }

    @Test
    void factories_makeTheirNodes() {
        assertThat(eq("a", 1)).isEqualTo(new Conditions.Compare("a", Conditions.Op.EQ, 1));
        assertThat(ne("a", 1)).isEqualTo(new Conditions.Compare("a", Conditions.Op.NE, 1));
        assertThat(lt("a", 1)).isEqualTo(new Conditions.Compare("a", Conditions.Op.LT, 1));
        assertThat(le("a", 1)).isEqualTo(new Conditions.Compare("a", Conditions.Op.LE, 1));
        assertThat(gt("a", 1)).isEqualTo(new Conditions.Compare("a", Conditions.Op.GT, 1));
        assertThat(ge("a", 1)).isEqualTo(new Conditions.Compare("a", Conditions.Op.GE, 1));
        assertThat(like("a", "x%")).isEqualTo(new Conditions.Compare("a", Conditions.Op.LIKE, "x%"));
        assertThat(likeIgnoreCase("a", "x%")).isEqualTo(new Conditions.Compare("a", Conditions.Op.LIKE_IGNORE_CASE, "x%"));
        assertThat(between("a", 1, 2)).isEqualTo(new Conditions.Between("a", 1, 2));
        assertThat(in("a", List.of(1, 2))).isEqualTo(new Conditions.In("a", List.of(1, 2), false));
        assertThat(notIn("a", List.of())).isEqualTo(new Conditions.In("a", List.of(), true));
        assertThat(and()).isEqualTo(new Conditions.Junction(true, List.of()));
        assertThat(or(eq("a", 1))).isEqualTo(new Conditions.Junction(false, List.of((Conditions.Node) eq("a", 1))));
        assertThat(not(eq("a", 1))).isEqualTo(new Conditions.Not((Conditions.Node) eq("a", 1)));
        assertThat(has("comments")).isEqualTo(new Conditions.Has("comments", List.of()));
    }

    @Test
    void in_copiesItsValues() {
        List<Integer> values = new java.util.ArrayList<>(List.of(1));
        Condition condition = in("a", values);
        values.add(2);

        assertThat(condition).isEqualTo(in("a", List.of(1)));
    }

    @Test
    void lt_null_isRefusedPointingToIsNull() {
        assertThatThrownBy(() -> lt("dueDate", null))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("lt(\"dueDate\", null): a comparison with null matches no row. Use isNull(\"dueDate\") or "
                + "isNotNull(\"dueDate\") to test for a missing value.");
    }

    @Test
    void everyOrderingFactory_refusesNull() {
        assertThatThrownBy(() -> le("a", null)).hasMessageStartingWith("le(\"a\", null)");
        assertThatThrownBy(() -> gt("a", null)).hasMessageStartingWith("gt(\"a\", null)");
        assertThatThrownBy(() -> ge("a", null)).hasMessageStartingWith("ge(\"a\", null)");
        assertThatThrownBy(() -> between("a", 1, null)).hasMessageStartingWith("between(\"a\", null)");
        assertThatThrownBy(() -> like("a", null)).hasMessageStartingWith("like(\"a\", null)");
        assertThatThrownBy(() -> likeIgnoreCase("a", null)).hasMessageStartingWith("likeIgnoreCase(\"a\", null)");
    }

    @Test
    void in_nullElement_isRefusedNamingItsIndex() {
        assertThatThrownBy(() -> in("status", Arrays.asList("open", null)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("in(\"status\", ...): element 1 is null, which in cannot compare. Leave it out and add "
                + "isNull(\"status\") with or(...) to match missing values.");
        assertThatThrownBy(() -> notIn("status", Arrays.asList((Object) null)))
            .hasMessageStartingWith("notIn(\"status\", ...): element 0 is null");
    }

    @Test
    void blankField_isRefused() {
        assertThatThrownBy(() -> eq(" ", 1))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("A condition's field is blank. Pass the name of a field, or a path such as \"author.username\".");
        assertThatThrownBy(() -> isNull(null)).hasMessageStartingWith("A condition's field is null.");
        assertThatThrownBy(() -> has("")).hasMessage("has(alias, ...): the alias is blank. Pass the alias of an "
            + "association, e.g. has(\"comments\").");
    }

    @Test
    void nullCondition_isRefused() {
        assertThatThrownBy(() -> and(eq("a", 1), null)).isInstanceOf(NullPointerException.class)
            .hasMessage("and(...): a condition is null");
        assertThatThrownBy(() -> not(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void conditionNotMadeByWhere_isRefused() {
        Condition foreign = new Condition() {
            @Override
            public String toString() {
                return "homemade";
            }
        };
        assertThatThrownBy(() -> and(foreign))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("The condition homemade (")
            .hasMessageEndingWith(") was not made by Where. Build conditions with Where's factories: eq, lt, in, like, "
                + "and, or, has ...");
    }
}
