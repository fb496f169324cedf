package dev.kinship.runtime.write;

import static dev.kinship.runtime.write.Rows.statements;
import static dev.kinship.runtime.write.Rows.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import dev.kinship.runtime.ConstraintViolationException;
import dev.kinship.runtime.Entities;
import dev.kinship.runtime.Hook;
import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.write.TeamModels.Charter;
import dev.kinship.runtime.write.TeamModels.Profile;
import dev.kinship.runtime.write.TeamModels.Project;
import dev.kinship.runtime.write.TeamModels.Team;
import dev.kinship.runtime.write.TeamModels.User;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

/** ToOne: belongsTo writes the owner's key; hasOne moves the target's key and unsets or deletes the previous target. */
class ToOneTest {

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

    private Object projectTeam(Project p) {
        return value(db.get(), "SELECT \"teamId\" FROM \"Projects\" WHERE \"id\" = ?", p.id);
    }

    // ---- belongsTo --------------------------------------------------------------------------

    @Test
    void belongsToSet_target_writesOwnerKeyInOneStatement() {
        Project apollo = s.insert(new Project("apollo", "active"));

        long statements = statements(s, () -> s.toOne(apollo, "team").set(red));

        assertThat(statements).isEqualTo(1);
        assertThat(projectTeam(apollo)).isEqualTo(red.id);
        assertThat(apollo.teamId).isEqualTo(red.id);
        assertThat(statements(s, () -> assertThat(apollo.getTeam()).isSameAs(red))).isZero();
    }

    @Test
    void belongsToSet_targetTheKeyAlreadyNames_writesNothing() {
        Project apollo = s.insert(new Project("apollo", "active"));
        s.toOne(apollo, "team").set(red);
        List<Project> updated = new ArrayList<>();
        db.get().hooks().on(Project.class, Hook.BEFORE_UPDATE, updated::add);

        assertThat(statements(s, () -> s.toOne(apollo, "team").set(red))).isZero();
        assertThat(updated).isEmpty();
        assertThat(apollo.getTeam()).isSameAs(red);
    }

    @Test
    void belongsToSet_null_unsetsKey() {
        Project apollo = s.insert(new Project("apollo", "active"));
        s.toOne(apollo, "team").set(red);

        long statements = statements(s, () -> s.toOne(apollo, "team").set(null));

        assertThat(statements).isEqualTo(1);
        assertThat(projectTeam(apollo)).isNull();
        assertThat(apollo.teamId).isNull();
        assertThat(apollo.getTeam()).isNull();
    }

    @Test
    void belongsToSet_loadedCollectionsOfOldAndNewParent_followWithoutStatements() {
        Project apollo = s.insert(new Project("apollo", "active"));
        s.toOne(apollo, "team").set(red);
        assertThat(red.getProjects()).containsExactly(apollo);
        assertThat(blue.getProjects()).isEmpty();
        assertThat(blue.getActiveProjects()).isEmpty();

        s.toOne(apollo, "team").set(blue);

        long reads = statements(s, () -> {
            assertThat(red.getProjects()).isEmpty();
            assertThat(blue.getProjects()).containsExactly(apollo);
            assertThat(blue.getActiveProjects()).containsExactly(apollo);
        });
        assertThat(reads).isZero();
    }

    @Test
    void belongsToSet_scopedCollectionOfNewParent_gainsOnlyMatchingRows() {
        Project archived = s.insert(new Project("archived", "archived"));
        assertThat(blue.getActiveProjects()).isEmpty();

        s.toOne(archived, "team").set(blue);

        assertThat(blue.getActiveProjects()).isEmpty();
        assertThat(s.toMany(blue, "activeProjects").count()).isZero();
    }

    @Test
    void belongsToGet_targetInIdentityMap_costsNoStatement() {
        Project apollo = s.insert(new Project("apollo", "active"));
        s.toOne(apollo, "team").set(red);

        assertThat(statements(s, () -> assertThat(s.toOne(apollo, "team").get()).containsSame(red))).isZero();
    }

    @Test
    void belongsToGet_newSession_loadsInOneStatement() {
        Project apollo = s.insert(new Project("apollo", "active"));
        s.toOne(apollo, "team").set(red);
        try (Session other = db.open()) {
            Project again = other.find(Project.class, apollo.id).orElseThrow();

            long statements = statements(other, () -> assertThat(other.<Team>toOne(again, "team").get())
                .hasValueSatisfying(t -> assertThat(t.name).isEqualTo("red")));

            assertThat(statements).isEqualTo(1);
        }
    }

    @Test
    void belongsToCreate_insertsTargetThenWritesKey_inTwoStatements() {
        Project apollo = s.insert(new Project("apollo", "active"));

        List<Team> created = new ArrayList<>();
        long statements = statements(s, () -> created.add(s.<Team>toOne(apollo, "team").create(new Team("green"))));

        assertThat(statements).isEqualTo(2);
        Team green = created.get(0);
        assertThat(Entities.isManaged(green)).isTrue();
        assertThat(projectTeam(apollo)).isEqualTo(green.id);
        assertThat(apollo.getTeam()).isSameAs(green);
    }

    @Test
    void belongsToSet_targetNotInDatabase_throwsConstraintViolationAndChangesNothing() {
        Project apollo = s.insert(new Project("apollo", "active"));
        s.toOne(apollo, "team").set(red);
        Team ghost = new Team("ghost");
        ghost.id = 999L;

        assertThatThrownBy(() -> s.toOne(apollo, "team").set(ghost))
            .isInstanceOf(ConstraintViolationException.class)
            .hasMessage("Project#" + apollo.id + ".team.set(...) failed: a key it writes refers to a row that does "
                + "not exist (Project.belongsTo(Team) as 'team'). Insert the rows you link first. Nothing was changed.");
        assertThat(projectTeam(apollo)).isEqualTo(red.id);
        assertThat(apollo.teamId).isEqualTo(red.id);
        assertThat(apollo.getTeam()).isSameAs(red);
    }

    @Test
    void belongsToSet_nullOnKeyThatMayNotBeNull_throwsBeforeWriting() {
        Charter charter = s.<Charter>toOne(red, "charter").create(new Charter("be kind"));

        long statements = statements(s, () -> assertThatThrownBy(() -> s.toOne(charter, "team").set(null))
            .isInstanceOf(ConstraintViolationException.class)
            .hasMessage("Charter#" + charter.id + ".team.set(...) with null failed: Charter.teamId may not be null "
                + "(Charter.belongsTo(Team) as 'team' is declared with allowNull(false) or a primitive key). Set "
                + "another Team, or delete the Charter. Nothing was changed."));

        assertThat(statements).isZero();
        assertThat(value(db.get(), "SELECT \"teamId\" FROM \"Charters\" WHERE \"id\" = ?", charter.id)).isEqualTo(red.id);
    }

    @Test
    @SuppressWarnings("unchecked")
    void belongsToSet_runsOwnersUpdateHooksAroundTheUpdate() {
        Project apollo = s.insert(new Project("apollo", "active"));
        Consumer<Project> before = mock(Consumer.class);
        Consumer<Project> after = mock(Consumer.class);
        db.get().hooks().on(Project.class, Hook.BEFORE_UPDATE, before).on(Project.class, Hook.AFTER_UPDATE, after);

        s.toOne(apollo, "team").set(red);

        InOrder order = inOrder(before, after);
        order.verify(before).accept(apollo);
        order.verify(after).accept(apollo);
        order.verifyNoMoreInteractions();
    }

    @Test
    void belongsToSet_afterUpdateHookThrows_rollsBackRowAndMemory() {
        Project apollo = s.insert(new Project("apollo", "active"));
        s.toOne(apollo, "team").set(red);
        db.get().hooks().on(Project.class, Hook.AFTER_UPDATE, p -> {
            throw new IllegalStateException("no moving");
        });

        assertThatThrownBy(() -> s.toOne(apollo, "team").set(blue)).hasMessage("no moving");

        assertThat(projectTeam(apollo)).isEqualTo(red.id);
        assertThat(apollo.teamId).isEqualTo(red.id);
        assertThat(apollo.getTeam()).isSameAs(red);
    }

    // ---- hasOne -----------------------------------------------------------------------------

    @Test
    void hasOneSet_withPrevious_unsetsPreviousAndLinksTarget_inThreeStatements() {
        User ada = s.insert(new User("ada"));
        Profile first = s.<Profile>toOne(ada, "profile").create(new Profile("first"));
        Profile second = s.insert(new Profile("second"));

        long statements = statements(s, () -> s.toOne(ada, "profile").set(second));

        assertThat(statements).isEqualTo(3);
        assertThat(value(db.get(), "SELECT \"userId\" FROM \"Profiles\" WHERE \"id\" = ?", first.id)).isNull();
        assertThat(value(db.get(), "SELECT \"userId\" FROM \"Profiles\" WHERE \"id\" = ?", second.id)).isEqualTo(ada.id);
        assertThat(first.userId).isNull();
        assertThat(second.userId).isEqualTo(ada.id);
        assertThat(statements(s, () -> {
            assertThat(ada.getProfile()).isSameAs(second);
            assertThat(second.getUser()).isSameAs(ada);
            assertThat(first.getUser()).isNull();
        })).isZero();
    }

    @Test
    void hasOneSet_withoutPrevious_costsSelectAndUpdate() {
        User ada = s.insert(new User("ada"));
        Profile profile = s.insert(new Profile("only"));

        assertThat(statements(s, () -> s.toOne(ada, "profile").set(profile))).isEqualTo(2);
        assertThat(value(db.get(), "SELECT \"userId\" FROM \"Profiles\" WHERE \"id\" = ?", profile.id)).isEqualTo(ada.id);
    }

    @Test
    void hasOneSet_sameTarget_onlyReads() {
        User ada = s.insert(new User("ada"));
        Profile profile = s.<Profile>toOne(ada, "profile").create(new Profile("only"));

        assertThat(statements(s, () -> s.toOne(ada, "profile").set(profile))).isEqualTo(1);
        assertThat(value(db.get(), "SELECT \"userId\" FROM \"Profiles\" WHERE \"id\" = ?", profile.id)).isEqualTo(ada.id);
    }

    @Test
    void hasOneSet_null_unsetsPrevious() {
        User ada = s.insert(new User("ada"));
        Profile profile = s.<Profile>toOne(ada, "profile").create(new Profile("only"));

        long statements = statements(s, () -> s.toOne(ada, "profile").set(null));

        assertThat(statements).isEqualTo(2);
        assertThat(value(db.get(), "SELECT \"userId\" FROM \"Profiles\" WHERE \"id\" = ?", profile.id)).isNull();
        assertThat(ada.getProfile()).isNull();
        assertThat(s.toOne(ada, "profile").get()).isEmpty();
    }

    @Test
    void hasOneSet_previousKeyMayNotBeNull_deletesPrevious() {
        Charter old = s.<Charter>toOne(red, "charter").create(new Charter("old"));
        Charter fresh = s.<Charter>toOne(blue, "charter").create(new Charter("fresh"));

        long statements = statements(s, () -> s.toOne(red, "charter").set(fresh));

        assertThat(statements).isEqualTo(3);
        assertThat(Rows.column(db.get(), "SELECT \"id\" FROM \"Charters\" ORDER BY \"id\"")).containsExactly(fresh.id);
        assertThat(value(db.get(), "SELECT \"teamId\" FROM \"Charters\" WHERE \"id\" = ?", fresh.id)).isEqualTo(red.id);
        assertThat(red.getCharter()).isSameAs(fresh);
        assertThat(s.find(Charter.class, old.id)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void hasOneSet_previousKeyMayNotBeNull_runsPreviousDestroyHooks() {
        Charter old = s.<Charter>toOne(red, "charter").create(new Charter("old"));
        Charter fresh = s.<Charter>toOne(blue, "charter").create(new Charter("fresh"));
        Consumer<Charter> destroyed = mock(Consumer.class);
        db.get().hooks().on(Charter.class, Hook.BEFORE_DESTROY, destroyed).on(Charter.class, Hook.AFTER_DESTROY, destroyed);

        s.toOne(red, "charter").set(fresh);

        verify(destroyed, times(2)).accept(old);
        verifyNoMoreInteractions(destroyed);
    }

    @Test
    @SuppressWarnings("unchecked")
    void hasOneSet_runsUpdateHooksOfPreviousThenTarget() {
        User ada = s.insert(new User("ada"));
        Profile first = s.<Profile>toOne(ada, "profile").create(new Profile("first"));
        Profile second = s.insert(new Profile("second"));
        Consumer<Profile> before = mock(Consumer.class);
        Consumer<Profile> after = mock(Consumer.class);
        db.get().hooks().on(Profile.class, Hook.BEFORE_UPDATE, before).on(Profile.class, Hook.AFTER_UPDATE, after);

        s.toOne(ada, "profile").set(second);

        InOrder order = inOrder(before, after);
        order.verify(before).accept(first);
        order.verify(after).accept(first);
        order.verify(before).accept(second);
        order.verify(after).accept(second);
        order.verifyNoMoreInteractions();
    }

    @Test
    void hasOneSet_hookOfTargetThrows_rollsBackBothRowsAndMemory() {
        User ada = s.insert(new User("ada"));
        Profile first = s.<Profile>toOne(ada, "profile").create(new Profile("first"));
        Profile second = s.insert(new Profile("second"));
        db.get().hooks().on(Profile.class, Hook.AFTER_UPDATE, p -> {
            if (p == second) {
                throw new IllegalStateException("second refuses");
            }
        });

        assertThatThrownBy(() -> s.toOne(ada, "profile").set(second)).hasMessage("second refuses");

        assertThat(value(db.get(), "SELECT \"userId\" FROM \"Profiles\" WHERE \"id\" = ?", first.id)).isEqualTo(ada.id);
        assertThat(value(db.get(), "SELECT \"userId\" FROM \"Profiles\" WHERE \"id\" = ?", second.id)).isNull();
        assertThat(first.userId).isEqualTo(ada.id);
        assertThat(second.userId).isNull();
        assertThat(ada.getProfile()).isSameAs(first);
    }

    @Test
    void hasOneCreate_withPrevious_unsetsPreviousAndInsertsWithKey() {
        User ada = s.insert(new User("ada"));
        Profile first = s.<Profile>toOne(ada, "profile").create(new Profile("first"));

        List<Profile> created = new ArrayList<>();
        long statements = statements(s, () -> created.add(s.<Profile>toOne(ada, "profile").create(new Profile("again"))));

        assertThat(statements).isEqualTo(3);
        Profile again = created.get(0);
        assertThat(value(db.get(), "SELECT \"userId\" FROM \"Profiles\" WHERE \"id\" = ?", again.id)).isEqualTo(ada.id);
        assertThat(value(db.get(), "SELECT \"userId\" FROM \"Profiles\" WHERE \"id\" = ?", first.id)).isNull();
        assertThat(ada.getProfile()).isSameAs(again);
    }

    @Test
    void hasOneGet_readsTheDatabase_inOneStatement() {
        User ada = s.insert(new User("ada"));
        Profile profile = s.<Profile>toOne(ada, "profile").create(new Profile("only"));

        assertThat(statements(s, () -> assertThat(s.toOne(ada, "profile").get()).containsSame(profile)))
            .isEqualTo(1);
    }
}
