package dev.kinship.runtime.write;

import static dev.kinship.runtime.write.Rows.column;
import static dev.kinship.runtime.write.Rows.statements;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kinship.dsl.ReferentialAction;
import dev.kinship.runtime.ConstraintViolationException;
import dev.kinship.runtime.Database;
import dev.kinship.runtime.Hook;
import dev.kinship.runtime.Session;
import dev.kinship.runtime.blog.BlogSchema;
import dev.kinship.runtime.blog.Category;
import dev.kinship.runtime.blog.Post;
import dev.kinship.runtime.blog.User;
import dev.kinship.runtime.write.RuleModels.Child;
import dev.kinship.runtime.write.RuleModels.Parent;
import dev.kinship.runtime.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each delete rule on one parent and its children: carried out by the database's FOREIGN KEY
 * clauses (hooks(false)), by Kinship with hooks (hooks(true)), or not at all (constraints(false)
 * without hooks, as in Sequelize).
 */
class DeleteRulesTest {

    private Database db;
    private Session s;
    private Parent parent;
    private Parent other;
    private final List<Child> children = new ArrayList<>();
    private final List<String> events = new ArrayList<>();

    private void open(ReferentialAction onDelete, boolean hooks, boolean constraints, int count) {
        db = TestDatabases.open(RuleModels.schema(onDelete, hooks, constraints));
        db.sync();
        db.hooks().on(Parent.class, Hook.BEFORE_DESTROY, p -> events.add("before destroy " + p.name))
            .on(Parent.class, Hook.AFTER_DESTROY, p -> events.add("after destroy " + p.name))
            .on(Child.class, Hook.BEFORE_DESTROY, c -> events.add("before destroy " + c.name))
            .on(Child.class, Hook.AFTER_DESTROY, c -> events.add("after destroy " + c.name))
            .on(Child.class, Hook.BEFORE_UPDATE, c -> events.add("before update " + c.name))
            .on(Child.class, Hook.AFTER_UPDATE, c -> events.add("after update " + c.name));
        s = db.openSession();
        parent = s.insert(new Parent("p"));
        other = s.insert(new Parent("other"));
        for (int i = 0; i < count; i++) {
            children.add(s.insert(new Child("c" + i, parent.id)));
        }
        s.insert(new Child("stranger", other.id));
    }

    @AfterEach
    void close() {
        s.close();
        db.close();
    }

    private long rows(String table) {
        return (Long) Rows.value(db, "SELECT COUNT(*) FROM \"" + table + "\"");
    }

    private List<Object> childKeys() {
        return column(db, "SELECT \"parentId\" FROM \"Children\" WHERE \"name\" <> 'stranger' ORDER BY \"id\"");
    }

    // ---- carried out by the database --------------------------------------------------------

    @Test
    void cascade_byTheDatabase_deletesChildrenInOneStatement_andLoadedChildrenLeaveTheIdentityMap() {
        open(ReferentialAction.CASCADE, false, true, 3);
        assertThat(parent.getChildren()).hasSize(3);

        assertThat(statements(s, () -> s.delete(parent))).isEqualTo(1);

        assertThat(rows("Children")).isEqualTo(1);
        assertThat(s.find(Child.class, children.get(0).id)).isEmpty();
        assertThat(events).containsExactly("before destroy p", "after destroy p");
    }

    @Test
    void setNull_byTheDatabase_nullsKeys_andLoadedChildrenFollow() {
        open(ReferentialAction.SET_NULL, false, true, 3);
        assertThat(parent.getChildren()).hasSize(3);
        assertThat(children.get(0).getParent()).isSameAs(parent);

        assertThat(statements(s, () -> s.delete(parent))).isEqualTo(1);

        assertThat(childKeys()).containsExactly(null, null, null);
        assertThat(children.get(0).parentId).isNull();
        assertThat(statements(s, () -> assertThat(children.get(0).getParent()).isNull())).isZero();
        assertThat(events).containsExactly("before destroy p", "after destroy p");
    }

    @ParameterizedTest
    @EnumSource(names = {"RESTRICT", "NO_ACTION"})
    void restrict_byTheDatabase_withChildren_throwsNamingParentChildAndAlias_andDeletesNothing(
            ReferentialAction rule) {
        open(rule, false, true, 2);

        assertThatThrownBy(() -> s.delete(parent))
            .isInstanceOf(ConstraintViolationException.class)
            .hasMessageContaining("Parent#" + parent.id)
            .hasMessageContaining("Child")
            .hasMessageContaining("'children'");

        assertThat(rows("Parents")).isEqualTo(2);
        assertThat(rows("Children")).isEqualTo(3);
        assertThat(s.find(Parent.class, parent.id)).containsSame(parent);
    }

    @ParameterizedTest
    @EnumSource(names = {"RESTRICT", "NO_ACTION"})
    void restrict_byTheDatabase_withoutChildren_deletes(ReferentialAction rule) {
        open(rule, false, true, 0);

        s.delete(parent);

        assertThat(rows("Parents")).isEqualTo(1);
    }

    @Test
    void belongsToMany_byTheDatabase_joinRowsOfTheDeletedOwnerGo_targetsStay() {
        open(ReferentialAction.CASCADE, false, true, 0);
        try (Database blog = TestDatabases.open(BlogSchema.schema())) {
            blog.sync();
            try (Session b = blog.openSession()) {
                User ada = b.insert(new User("ada", "ada@example.org"));
                Post first = b.insert(new Post("first", ada.getId()));
                Post second = b.insert(new Post("second", ada.getId()));
                Category news = b.insert(new Category("news"));
                b.toMany(first, "categories").add(news);
                b.toMany(second, "categories").add(news);

                assertThat(statements(b, () -> b.delete(first))).isEqualTo(1);

                assertThat(column(blog, "SELECT \"postId\" FROM \"PostCategories\"")).containsExactly(second.getId());
                assertThat(column(blog, "SELECT \"name\" FROM \"Categories\"")).containsExactly("news");
                assertThat(b.toMany(news, "posts").get()).containsExactly(second);
            }
        }
    }

    // ---- constraints(false): onDelete only with hooks ---------------------------------------

    @ParameterizedTest
    @EnumSource(names = {"CASCADE", "SET_NULL", "RESTRICT"})
    void noConstraintsWithoutHooks_onDeleteIsNotApplied(ReferentialAction rule) {
        open(rule, false, false, 2);

        s.delete(parent);

        assertThat(rows("Parents")).isEqualTo(1);
        assertThat(childKeys()).containsExactly(parent.id, parent.id);
    }

    @Test
    void noConstraintsWithHooks_cascade_isCarriedOutByKinship() {
        open(ReferentialAction.CASCADE, true, false, 2);

        s.delete(parent);

        assertThat(rows("Children")).isEqualTo(1);
        assertThat(events).containsExactly("before destroy p", "before destroy c0", "before destroy c1",
            "after destroy c0", "after destroy c1", "after destroy p");
    }

    @Test
    void noConstraintsWithHooks_setNull_isCarriedOutByKinship() {
        open(ReferentialAction.SET_NULL, true, false, 2);

        s.delete(parent);

        assertThat(childKeys()).containsExactly(null, null);
        assertThat(children).allSatisfy(c -> assertThat(c.parentId).isNull());
    }

    @Test
    void noConstraintsWithHooks_restrict_isCarriedOutByKinship() {
        open(ReferentialAction.RESTRICT, true, false, 2);

        assertThatThrownBy(() -> s.delete(parent)).isInstanceOf(ConstraintViolationException.class);

        assertThat(rows("Parents")).isEqualTo(2);
        assertThat(events).isEmpty();
    }

    // ---- hooks(true): carried out by Kinship, hooks for every row ---------------------------

    @Test
    void cascadeWithHooks_runsEachChildsDestroyHooks_inThreeStatementsWhateverTheCount() {
        open(ReferentialAction.CASCADE, true, true, 40);

        assertThat(statements(s, () -> s.delete(parent))).isEqualTo(3);

        assertThat(rows("Children")).isEqualTo(1);
        assertThat(events).hasSize(82).startsWith("before destroy p", "before destroy c0")
            .endsWith("after destroy c39", "after destroy p");
        assertThat(events.indexOf("before destroy c39")).isLessThan(events.indexOf("after destroy c0"));
        assertThat(s.find(Child.class, children.get(0).id)).isEmpty();
    }

    @Test
    void setNullWithHooks_runsEachChildsUpdateHooks_inThreeStatementsWhateverTheCount() {
        open(ReferentialAction.SET_NULL, true, true, 40);
        assertThat(children.get(5).getParent()).isSameAs(parent);

        assertThat(statements(s, () -> s.delete(parent))).isEqualTo(3);

        assertThat(column(db, "SELECT DISTINCT \"parentId\" FROM \"Children\" WHERE \"name\" <> 'stranger'")).containsExactly(
            (Object) null);
        assertThat(events).hasSize(82).startsWith("before destroy p", "before update c0")
            .endsWith("after update c39", "after destroy p");
        assertThat(children.get(5).parentId).isNull();
        assertThat(statements(s, () -> assertThat(children.get(5).getParent()).isNull())).isZero();
    }

    @Test
    void restrictWithHooks_refusesBeforeAnyHookOrWrite() {
        open(ReferentialAction.RESTRICT, true, true, 2);

        assertThatThrownBy(() -> s.delete(parent))
            .isInstanceOf(ConstraintViolationException.class)
            .hasMessage("Cannot delete Parent#" + parent.id + ": 2 Child row(s) still refer to Parent#" + parent.id
                + " through Parent.hasMany(Child) as 'children', whose onDelete is RESTRICT. Delete or reassign those "
                + "rows first, or declare onDelete(CASCADE) or onDelete(SET_NULL). Nothing was deleted.");

        assertThat(events).isEmpty();
        assertThat(rows("Parents")).isEqualTo(2);
        assertThat(rows("Children")).isEqualTo(3);
    }

    @Test
    void cascadeWithHooks_childHookThrows_rollsBackEverything() {
        open(ReferentialAction.CASCADE, true, true, 3);
        db.hooks().on(Child.class, Hook.AFTER_DESTROY, c -> {
            if (c.name.equals("c2")) {
                throw new IllegalStateException("c2 is needed");
            }
        });

        assertThatThrownBy(() -> s.delete(parent)).hasMessage("c2 is needed");

        assertThat(rows("Parents")).isEqualTo(2);
        assertThat(rows("Children")).isEqualTo(4);
        assertThat(statements(s, () -> {
            assertThat(s.find(Child.class, children.get(0).id)).containsSame(children.get(0));
            assertThat(s.find(Parent.class, parent.id)).containsSame(parent);
        })).isZero();
    }

    @Test
    void setNullWithHooks_parentHookThrowsAfterTheDelete_rollsBackRowsAndKeysInMemory() {
        open(ReferentialAction.SET_NULL, true, true, 2);
        db.hooks().on(Parent.class, Hook.AFTER_DESTROY, p -> {
            throw new IllegalStateException("keep the parent");
        });

        assertThatThrownBy(() -> s.delete(parent)).hasMessage("keep the parent");

        assertThat(rows("Parents")).isEqualTo(2);
        assertThat(childKeys()).containsExactly(parent.id, parent.id);
        assertThat(children).allSatisfy(c -> assertThat(c.parentId).isEqualTo(parent.id));
        assertThat(s.find(Parent.class, parent.id)).containsSame(parent);
    }
}
