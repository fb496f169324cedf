package dev.kinship.runtime.write;

import static dev.kinship.runtime.write.Rows.column;
import static dev.kinship.runtime.write.Rows.statements;
import static dev.kinship.runtime.write.Rows.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kinship.runtime.Entities;
import dev.kinship.runtime.Hook;
import dev.kinship.runtime.LazyLoading;
import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.ToMany;
import dev.kinship.runtime.write.TeamModels.Project;
import dev.kinship.runtime.write.TeamModels.Team;
import dev.kinship.runtime.write.TeamModels.Ticket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** ToMany over hasMany: the targets hold the key; scopes bound reads and removes and are written by add and create. */
class HasManyTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.inMemory(TeamModels::schema);

    private Session s;
    private Team red;
    private Team blue;

    @BeforeEach
    void open() {
        s = db.open();
        red = s.insert(new Team("red"));
        blue = s.insert(new Team("blue"));
    }

    @AfterEach
    void close() {
        s.close();
    }

    private ToMany<Project> projects(Team team) {
        return s.toMany(team, "projects");
    }

    private ToMany<Project> active(Team team) {
        return s.toMany(team, "activeProjects");
    }

    private List<Project> insertProjects(int count, String status) {
        List<Project> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(s.insert(new Project("p" + i, status)));
        }
        return out;
    }

    private Object teamOf(Project p) {
        return value(db.get(), "SELECT \"teamId\" FROM \"Projects\" WHERE \"id\" = ?", p.id);
    }

    // ---- get, count, has --------------------------------------------------------------------

    @Test
    void get_scoped_returnsOnlyScopedTargetsInOneStatement() {
        List<Project> all = insertProjects(3, "active");
        Project archived = s.insert(new Project("old", "archived"));
        projects(red).addAll(List.of(all.get(0), all.get(1), archived));

        List<Project> got = new ArrayList<>();
        long statements = statements(s, () -> got.addAll(active(red).get()));

        assertThat(statements).isEqualTo(1);
        assertThat(got).containsExactly(all.get(0), all.get(1));
    }

    @Test
    void get_lazyLoadingOff_stillReads() {
        Project p = s.insert(new Project("p", "active"));
        projects(red).add(p);
        s.lazyLoading(LazyLoading.OFF);

        assertThat(projects(red).get()).containsExactly(p);
    }

    @Test
    void get_fieldLoadedByFilteredInclude_returnsAndLoadsEveryTarget() {
        Project active = s.insert(new Project("a", "active"));
        Project archived = s.insert(new Project("b", "archived"));
        projects(red).addAll(List.of(active, archived));
        Team filtered = s.query(Team.class).where("name", "red")
            .include("projects", i -> i.where("status", "archived")).first().orElseThrow();
        assertThat(filtered.getProjects()).containsExactly(archived);

        assertThat(projects(filtered).get()).containsExactly(active, archived);
        assertThat(filtered.getProjects()).containsExactly(active, archived);
    }

    @Test
    void count_scoped_countsScopedTargetsInOneStatement() {
        projects(red).addAll(insertProjects(3, "active"));
        projects(red).addAll(insertProjects(2, "archived"));
        projects(blue).addAll(insertProjects(4, "active"));

        long[] counts = new long[2];
        long statements = statements(s, () -> {
            counts[0] = projects(red).count();
            counts[1] = active(red).count();
        });

        assertThat(counts).containsExactly(5, 3);
        assertThat(statements).isEqualTo(2);
    }

    @Test
    void has_linkedTarget_true_otherOwnersOrOutOfScope_false() {
        Project mine = s.insert(new Project("mine", "active"));
        Project theirs = s.insert(new Project("theirs", "active"));
        Project archived = s.insert(new Project("archived", "archived"));
        projects(red).addAll(List.of(mine, archived));
        projects(blue).add(theirs);

        assertThat(projects(red).has(mine)).isTrue();
        assertThat(projects(red).has(theirs)).isFalse();
        assertThat(projects(red).has(archived)).isTrue();
        assertThat(active(red).has(archived)).isFalse();
    }

    @Test
    void hasAll_trueOnlyWhenEveryTargetIsLinked_inOneStatement() {
        List<Project> linked = insertProjects(40, "active");
        projects(red).addAll(linked);
        Project other = s.insert(new Project("other", "active"));
        List<Project> withOther = new ArrayList<>(linked);
        withOther.add(other);

        boolean[] answers = new boolean[2];
        long statements = statements(s, () -> {
            answers[0] = projects(red).hasAll(linked);
            answers[1] = projects(red).hasAll(withOther);
        });

        assertThat(answers).containsExactly(true, false);
        assertThat(statements).isEqualTo(2);
    }

    @Test
    void hasAll_unsavedTarget_falseWithoutStatement() {
        assertThat(statements(s, () -> assertThat(projects(red).hasAll(List.of(new Project("new", "active"))))
            .isFalse())).isZero();
    }

    @Test
    void hasAll_empty_trueWithoutStatement() {
        assertThat(statements(s, () -> assertThat(projects(red).hasAll(List.of())).isTrue())).isZero();
    }

    // ---- add --------------------------------------------------------------------------------

    @Test
    void addAll_manyTargets_oneUpdateAndEveryKeyWritten() {
        List<Project> many = insertProjects(100, "active");

        long statements = statements(s, () -> projects(red).addAll(many));

        assertThat(statements).isEqualTo(1);
        assertThat(column(db.get(), "SELECT DISTINCT \"teamId\" FROM \"Projects\"")).containsExactly(red.id);
        assertThat(many).allSatisfy(p -> assertThat(p.teamId).isEqualTo(red.id));
    }

    @Test
    void add_loadedCollection_gainsTargetWithoutStatement() {
        Project first = s.insert(new Project("first", "active"));
        Project second = s.insert(new Project("second", "active"));
        projects(red).add(first);
        assertThat(red.getProjects()).containsExactly(first);

        projects(red).add(second);

        assertThat(statements(s, () -> assertThat(red.getProjects()).containsExactly(first, second))).isZero();
        assertThat(statements(s, () -> assertThat(second.getTeam()).isSameAs(red))).isZero();
    }

    @Test
    void add_scoped_writesScopeValues() {
        Project draft = s.insert(new Project("draft", "draft"));

        active(red).add(draft);

        assertThat(value(db.get(), "SELECT \"status\" FROM \"Projects\" WHERE \"id\" = ?", draft.id)).isEqualTo("active");
        assertThat(draft.status).isEqualTo("active");
        assertThat(active(red).get()).containsExactly(draft);
    }

    @Test
    void add_targetOfAnotherOwner_movesItAndThatOwnersLoadedCollectionDropsIt() {
        Project p = s.insert(new Project("p", "active"));
        projects(blue).add(p);
        assertThat(blue.getProjects()).containsExactly(p);
        assertThat(blue.getActiveProjects()).containsExactly(p);

        projects(red).add(p);

        assertThat(teamOf(p)).isEqualTo(red.id);
        assertThat(statements(s, () -> {
            assertThat(blue.getProjects()).isEmpty();
            assertThat(blue.getActiveProjects()).isEmpty();
        })).isZero();
        assertThat(s.find(Project.class, p.id)).containsSame(p).get().extracting(x -> x.teamId).isEqualTo(red.id);
    }

    @Test
    void add_alreadyLinked_keepsOneLink() {
        Project p = s.insert(new Project("p", "active"));
        projects(red).add(p);

        projects(red).add(p);

        assertThat(projects(red).get()).containsExactly(p);
        assertThat(red.getProjects()).containsExactly(p);
    }

    @Test
    void add_withThroughValues_isRefused() {
        Project p = s.insert(new Project("p", "active"));

        assertThatThrownBy(() -> projects(red).add(p, Map.of("role", "lead")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("Team#" + red.id + ".projects.add(...): Team.hasMany(Project) as 'projects' has no join rows, "
                + "so there is nowhere to write [role]. Use add(target), or set those fields on the Project and "
                + "update it.");
    }

    // ---- remove -----------------------------------------------------------------------------

    @Test
    void removeAll_manyTargets_oneUpdateNullsTheirKeys() {
        List<Project> many = insertProjects(100, "active");
        projects(red).addAll(many);
        assertThat(red.getProjects()).hasSize(100);

        long statements = statements(s, () -> projects(red).removeAll(many.subList(0, 60)));

        assertThat(statements).isEqualTo(1);
        assertThat(value(db.get(), "SELECT COUNT(*) FROM \"Projects\" WHERE \"teamId\" IS NULL")).isEqualTo(60L);
        assertThat(many.get(0).teamId).isNull();
        assertThat(statements(s, () -> {
            assertThat(red.getProjects()).containsExactlyElementsOf(many.subList(60, 100));
            assertThat(many.get(0).getTeam()).isNull();
        })).isZero();
    }

    @Test
    void remove_targetOfAnotherOwner_leavesItLinkedThere() {
        Project theirs = s.insert(new Project("theirs", "active"));
        projects(blue).add(theirs);

        projects(red).remove(theirs);

        assertThat(teamOf(theirs)).isEqualTo(blue.id);
        assertThat(theirs.teamId).isEqualTo(blue.id);
    }

    @Test
    void remove_scoped_leavesRowsOutsideTheScope() {
        Project archived = s.insert(new Project("archived", "archived"));
        projects(red).add(archived);

        active(red).remove(archived);

        assertThat(teamOf(archived)).isEqualTo(red.id);
        assertThat(archived.teamId).isEqualTo(red.id);
    }

    @Test
    void removeAll_keyMayNotBeNull_deletesLinkedTargetsInOneSelectAndOneDelete() {
        Ticket mine1 = s.<Ticket>toMany(red, "tickets").create(new Ticket("a"));
        Ticket mine2 = s.<Ticket>toMany(red, "tickets").create(new Ticket("b"));
        Ticket keep = s.<Ticket>toMany(red, "tickets").create(new Ticket("c"));
        Ticket theirs = s.<Ticket>toMany(blue, "tickets").create(new Ticket("d"));
        assertThat(red.getTickets()).hasSize(3);

        long statements = statements(s, () -> s.toMany(red, "tickets").removeAll(List.of(mine1, mine2, theirs)));

        assertThat(statements).isEqualTo(2);
        assertThat(column(db.get(), "SELECT \"id\" FROM \"Tickets\" ORDER BY \"id\"")).containsExactly(keep.id, theirs.id);
        assertThat(red.getTickets()).containsExactly(keep);
        assertThat(s.find(Ticket.class, mine1.id)).isEmpty();
    }

    @Test
    void removeAll_keyMayNotBeNull_runsDestroyHooksOfEachDeletedTarget() {
        Ticket a = s.<Ticket>toMany(red, "tickets").create(new Ticket("a"));
        Ticket b = s.<Ticket>toMany(red, "tickets").create(new Ticket("b"));
        List<String> events = new ArrayList<>();
        db.get().hooks().on(Ticket.class, Hook.BEFORE_DESTROY, t -> events.add("before " + t.title))
            .on(Ticket.class, Hook.AFTER_DESTROY, t -> events.add("after " + t.title));

        s.toMany(red, "tickets").removeAll(List.of(a, b));

        assertThat(events).containsExactly("before a", "before b", "after a", "after b");
    }

    // ---- set --------------------------------------------------------------------------------

    @Test
    void set_diff_unlinksGoneLinksNewKeepsRest_inThreeStatements() {
        List<Project> p = insertProjects(4, "active");
        projects(red).addAll(p.subList(0, 3));

        long statements = statements(s, () -> projects(red).set(List.of(p.get(1), p.get(2), p.get(3))));

        assertThat(statements).isEqualTo(3);
        assertThat(column(db.get(), "SELECT \"id\" FROM \"Projects\" WHERE \"teamId\" = ? ORDER BY \"id\"", red.id))
            .containsExactly(p.get(1).id, p.get(2).id, p.get(3).id);
        assertThat(p.get(0).teamId).isNull();
        assertThat(red.getProjects()).containsExactlyInAnyOrder(p.get(1), p.get(2), p.get(3));
    }

    @Test
    void set_sameTargets_onlyReads() {
        List<Project> p = insertProjects(3, "active");
        projects(red).addAll(p);

        assertThat(statements(s, () -> projects(red).set(p))).isEqualTo(1);
    }

    @Test
    void set_empty_unlinksEverything() {
        projects(red).addAll(insertProjects(3, "active"));

        assertThat(statements(s, () -> projects(red).set(List.of()))).isEqualTo(2);
        assertThat(projects(red).count()).isZero();
        assertThat(red.getProjects()).isEmpty();
    }

    @Test
    void set_scoped_leavesRowsOutsideTheScope() {
        Project archived = s.insert(new Project("archived", "archived"));
        Project old = s.insert(new Project("old", "active"));
        Project fresh = s.insert(new Project("fresh", "draft"));
        projects(red).addAll(List.of(archived, old));

        active(red).set(List.of(fresh));

        assertThat(teamOf(archived)).isEqualTo(red.id);
        assertThat(teamOf(old)).isNull();
        assertThat(value(db.get(), "SELECT \"status\" FROM \"Projects\" WHERE \"id\" = ?", fresh.id)).isEqualTo("active");
        assertThat(active(red).get()).containsExactly(fresh);
    }

    @Test
    void set_destroyHookThrows_rollsBackRowsAndMemory() {
        Ticket a = s.<Ticket>toMany(red, "tickets").create(new Ticket("a"));
        Ticket b = s.<Ticket>toMany(blue, "tickets").create(new Ticket("b"));
        assertThat(red.getTickets()).containsExactly(a);
        db.get().hooks().on(Ticket.class, Hook.BEFORE_DESTROY, t -> {
            throw new IllegalStateException("tickets stay");
        });

        assertThatThrownBy(() -> s.toMany(red, "tickets").set(List.of(b))).hasMessage("tickets stay");

        assertThat(column(db.get(), "SELECT \"teamId\" FROM \"Tickets\" ORDER BY \"id\"")).containsExactly(red.id, blue.id);
        assertThat(b.teamId).isEqualTo(blue.id);
        assertThat(s.find(Ticket.class, a.id)).containsSame(a);
        assertThat(red.getTickets()).containsExactly(a);
    }

    // ---- create, through --------------------------------------------------------------------

    @Test
    void create_scoped_insertsWithKeyAndScopeValues_inOneStatement() {
        assertThat(red.getActiveProjects()).isEmpty();

        List<Project> created = new ArrayList<>();
        long statements = statements(s, () -> created.add(active(red).create(new Project("new", null))));

        assertThat(statements).isEqualTo(1);
        Project p = created.get(0);
        assertThat(Entities.isManaged(p)).isTrue();
        assertThat(value(db.get(), "SELECT \"status\" FROM \"Projects\" WHERE \"id\" = ?", p.id)).isEqualTo("active");
        assertThat(teamOf(p)).isEqualTo(red.id);
        assertThat(statements(s, () -> assertThat(red.getActiveProjects()).containsExactly(p))).isZero();
    }

    @Test
    void create_managedRow_isRefused() {
        Project p = s.insert(new Project("p", "active"));

        assertThatThrownBy(() -> projects(red).create(p))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("Team#" + red.id + ".projects.create(...) was given Project#" + p.id + ", which is already a "
                + "row. create(...) inserts a new Project; use add(...) to link an existing one.");
    }

    @Test
    void through_onHasMany_isUnsupported() {
        Project p = s.insert(new Project("p", "active"));

        assertThatThrownBy(() -> projects(red).through(p))
            .isInstanceOf(UnsupportedOperationException.class)
            .hasMessage("Team#" + red.id + ".projects.through(...): Team.hasMany(Project) as 'projects' has no join "
                + "rows; through(...) is for belongsToMany associations. Read the Project's own fields instead.");
    }
}
