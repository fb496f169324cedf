package dev.kinship.runtime.write;

import static dev.kinship.runtime.write.Rows.column;
import static dev.kinship.runtime.write.Rows.statements;
import static dev.kinship.runtime.write.Rows.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.ToMany;
import dev.kinship.runtime.write.TeamModels.Project;
import dev.kinship.runtime.write.TeamModels.Team;
import dev.kinship.runtime.write.TeamModels.TeamMember;
import dev.kinship.runtime.write.TeamModels.User;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * ToMany over belongsToMany with a join model of its own (TeamMember: role, deletedAt), a through
 * scope (deletedAt = null: soft-deleted members are invisible) and unique(false).
 */
class BelongsToManyTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.inMemory(TeamModels::schema);

    private Session s;
    private Team red;
    private User ada;
    private User bob;
    private User cy;

    @BeforeEach
    void open() {
        s = db.open();
        red = s.insert(new Team("red"));
        ada = s.insert(new User("ada"));
        bob = s.insert(new User("bob"));
        cy = s.insert(new User("cy"));
    }

    @AfterEach
    void close() {
        s.close();
    }

    private ToMany<User> members(Team team) {
        return s.toMany(team, "members");
    }

    private List<User> insertUsers(int count) {
        List<User> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(s.insert(new User("u" + i)));
        }
        return out;
    }

    private long joinRows() {
        return db.rows("TeamMembers");
    }

    private void softDelete(User user) {
        db.get().withConnection(c -> c.createStatement().executeUpdate("UPDATE \"TeamMembers\" SET \"deletedAt\" = "
            + "'2024-01-01T00:00:00.000000000' WHERE \"userId\" = " + user.id));
    }

    private Object role(User user) {
        return value(db.get(), "SELECT \"role\" FROM \"TeamMembers\" WHERE \"teamId\" = ? AND \"userId\" = ? AND \"deletedAt\" IS NULL",
            red.id, user.id);
    }

    // ---- add --------------------------------------------------------------------------------

    @Test
    void add_newMember_insertsOneJoinRowWithTheJoinModelsDefaults_inOneStatement() {
        assertThat(statements(s, () -> members(red).add(ada))).isEqualTo(1);

        assertThat(joinRows()).isEqualTo(1);
        assertThat(role(ada)).isEqualTo("member");
        assertThat(members(red).get()).containsExactly(ada);
    }

    @Test
    void addAll_manyUsers_oneInsert() {
        List<User> many = insertUsers(600);

        assertThat(statements(s, () -> members(red).addAll(many))).isEqualTo(1);

        assertThat(joinRows()).isEqualTo(600);
        assertThat(members(red).count()).isEqualTo(600);
    }

    @Test
    void addAllAndRemoveAll_beyondTheParameterLimit_oneStatementPerInListChunk() {
        db.get().withConnection(c -> c.createStatement().executeUpdate("WITH RECURSIVE n(\"i\") AS (SELECT 1 UNION ALL "
            + "SELECT \"i\" + 1 FROM \"n\" WHERE \"i\" < 40000) INSERT INTO \"Users\" (\"name\") SELECT 'bulk' || \"i\" FROM \"n\""));
        List<User> all = s.query(User.class).orderBy("id").offset(3).list();

        assertThat(statements(s, () -> members(red).addAll(all))).isEqualTo(2);
        assertThat(joinRows()).isEqualTo(40_000);
        assertThat(statements(s, () -> members(red).removeAll(all))).isEqualTo(2);
        assertThat(joinRows()).isZero();
    }

    @Test
    void addAll_someAlreadyMembers_insertsOnlyTheMissingRows_inOneStatement() {
        members(red).add(ada);

        assertThat(statements(s, () -> members(red).addAll(List.of(ada, bob, bob, cy)))).isEqualTo(1);

        assertThat(column(db.get(), "SELECT \"userId\" FROM \"TeamMembers\" ORDER BY \"userId\""))
            .containsExactly(ada.id, bob.id, cy.id);
    }

    @Test
    void add_alreadyMember_keepsItsOneJoinRowUntouched() {
        members(red).add(ada, Map.of("role", "owner"));

        members(red).add(ada);

        assertThat(joinRows()).isEqualTo(1);
        assertThat(role(ada)).isEqualTo("owner");
    }

    @Test
    void addWithThroughValues_newMember_writesThem_inASelectAndAnInsert() {
        assertThat(statements(s, () -> members(red).add(ada, Map.of("role", "owner")))).isEqualTo(2);

        assertThat(role(ada)).isEqualTo("owner");
        assertThat(members(red).through(ada)).get().isInstanceOf(TeamMember.class)
            .extracting(m -> ((TeamMember) m).role).isEqualTo("owner");
    }

    @Test
    void addWithThroughValues_existingMember_updatesItsRowAndTheLoadedJoinModel() {
        members(red).add(ada);
        TeamMember membership = (TeamMember) members(red).through(ada).orElseThrow();
        assertThat(membership.role).isEqualTo("member");

        assertThat(statements(s, () -> members(red).add(ada, Map.of("role", "lead")))).isEqualTo(2);

        assertThat(joinRows()).isEqualTo(1);
        assertThat(role(ada)).isEqualTo("lead");
        assertThat(membership.role).isEqualTo("lead");
        assertThat(members(red).through(ada)).containsSame(membership);
    }

    @Test
    void addWithThroughValues_unknownField_isRefused() {
        assertThatThrownBy(() -> members(red).add(ada, Map.of("rank", 3)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("Team#" + red.id + ".members.add(...): through value 'rank' is not a field of the join model "
                + "TeamMember. Its fields: [id, teamId, userId, role, deletedAt].");
        assertThat(joinRows()).isZero();
    }

    @Test
    void addWithThroughValues_key_isRefused() {
        assertThatThrownBy(() -> members(red).add(ada, Map.of("userId", 7L)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("Team#" + red.id + ".members.add(...): through value 'userId' is a key of the join model "
                + "TeamMember, which Kinship writes itself. Leave it out.");
    }

    @Test
    void addWithThroughValues_contradictingTheThroughScope_isRefused() {
        assertThatThrownBy(() -> members(red).add(ada, Map.of("deletedAt", LocalDateTime.of(2024, 1, 1, 0, 0))))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("Team#" + red.id + ".members.add(...): through value 'deletedAt' = 2024-01-01T00:00 "
                + "contradicts the through scope {deletedAt=null}: such a join row would not link the two. Leave "
                + "'deletedAt' out; the scope's value is written.");
    }

    @Test
    void addWithThroughValues_wrongType_isRefused() {
        assertThatThrownBy(() -> members(red).add(ada, Map.of("role", 1)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("Team#" + red.id + ".members.add(...): through value 'role' is a Integer, but the join model "
                + "TeamMember holds String there. Pass a String.");
    }

    @Test
    void add_targetOfAnotherModel_isRefused() {
        Project project = s.insert(new Project("p", "active"));

        assertThatThrownBy(() -> s.toMany(red, "members").add(project))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("Team#" + red.id + ".members.add(...) was given a Project, but this association links a "
                + "User. Pass a User.");
    }

    @Test
    void add_unsavedTarget_isRefused() {
        assertThatThrownBy(() -> members(red).add(new User("new")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("Team#" + red.id + ".members.add(...) was given a User that has no id, so it is not a row "
                + "yet. Insert it first, or use create(...), which inserts and links it in one step.");
    }

    @Test
    void add_loadedCollectionsOfBothSides_areReadAgainWithTheNewLink() {
        assertThat(red.getMembers()).isEmpty();
        assertThat(ada.getTeams()).isEmpty();

        members(red).add(ada);

        assertThat(statements(s, () -> assertThat(red.getMembers()).containsExactly(ada))).isEqualTo(1);
        assertThat(statements(s, () -> assertThat(ada.getTeams()).containsExactly(red))).isEqualTo(1);
    }

    // ---- through scope: soft-deleted members ------------------------------------------------

    @Test
    void softDeletedMember_isInvisibleToGetCountHasAndInclude() {
        members(red).addAll(List.of(ada, bob));
        softDelete(bob);

        assertThat(members(red).get()).containsExactly(ada);
        assertThat(members(red).count()).isEqualTo(1);
        assertThat(members(red).has(bob)).isFalse();
        assertThat(members(red).hasAll(List.of(ada, bob))).isFalse();
        assertThat(members(red).through(bob)).isEmpty();
        try (Session other = db.open()) {
            Team again = other.query(Team.class).include("members").first().orElseThrow();
            assertThat(again.getMembers()).extracting(u -> u.name).containsExactly("ada");
        }
    }

    @Test
    void add_afterSoftDelete_insertsAFreshRowBesideTheOldOne() {
        members(red).add(bob, Map.of("role", "owner"));
        softDelete(bob);

        members(red).add(bob);

        assertThat(joinRows()).isEqualTo(2);
        assertThat(members(red).count()).isEqualTo(1);
        assertThat(role(bob)).isEqualTo("member");
    }

    @Test
    void remove_softDeletedHistory_staysAndOnlyTheVisibleRowGoes() {
        members(red).add(bob);
        softDelete(bob);
        members(red).add(bob);

        assertThat(statements(s, () -> members(red).remove(bob))).isEqualTo(1);

        assertThat(joinRows()).isEqualTo(1);
        assertThat(value(db.get(), "SELECT COUNT(*) FROM \"TeamMembers\" WHERE \"deletedAt\" IS NOT NULL")).isEqualTo(1L);
        assertThat(members(red).has(bob)).isFalse();
    }

    @Test
    void uniqueFalse_samePairTwice_isOneMemberToGetCountAndHas() {
        s.insert(new TeamMember(red.id, ada.id, "member"));
        s.insert(new TeamMember(red.id, ada.id, "owner"));

        assertThat(joinRows()).isEqualTo(2);
        assertThat(members(red).count()).isEqualTo(1);
        assertThat(members(red).has(ada)).isTrue();
        assertThat(members(red).get()).containsExactly(ada);
    }

    // ---- get, count, has --------------------------------------------------------------------

    @Test
    void getCountHas_eachCostOneStatement() {
        members(red).addAll(List.of(ada, bob));

        assertThat(statements(s, () -> assertThat(members(red).get()).containsExactly(ada, bob))).isEqualTo(1);
        assertThat(statements(s, () -> assertThat(members(red).count()).isEqualTo(2))).isEqualTo(1);
        assertThat(statements(s, () -> assertThat(members(red).has(cy)).isFalse())).isEqualTo(1);
        assertThat(statements(s, () -> assertThat(members(red).hasAll(List.of(ada, bob))).isTrue())).isEqualTo(1);
    }

    // ---- through ----------------------------------------------------------------------------

    @Test
    void through_afterInclude_returnsTheJoinModelWithoutStatement() {
        members(red).add(ada, Map.of("role", "owner"));
        try (Session other = db.open()) {
            Team again = other.query(Team.class).include("members").first().orElseThrow();
            User first = again.getMembers().get(0);

            long statements = statements(other, () -> assertThat(other.toMany(again, "members").through(first))
                .get().isInstanceOfSatisfying(TeamMember.class, m -> {
                    assertThat(m.role).isEqualTo("owner");
                    assertThat(m.teamId).isEqualTo(again.id);
                }));

            assertThat(statements).isZero();
        }
    }

    @Test
    void through_afterLazyLoad_returnsTheJoinModelWithoutStatement() {
        members(red).add(ada, Map.of("role", "owner"));
        try (Session other = db.open()) {
            Team again = other.find(Team.class, red.id).orElseThrow();
            User first = again.getMembers().get(0);

            assertThat(statements(other, () -> assertThat(other.toMany(again, "members").through(first)).isPresent()))
                .isZero();
        }
    }

    @Test
    void through_notLoaded_readsOnce() {
        members(red).add(ada);

        assertThat(statements(s, () -> assertThat(members(red).through(ada)).isPresent())).isEqualTo(1);
        assertThat(statements(s, () -> assertThat(members(red).through(ada)).isPresent())).isZero();
    }

    @Test
    void through_notAMember_isEmpty() {
        members(red).add(ada);

        assertThat(members(red).through(bob)).isEqualTo(Optional.empty());
    }

    // ---- remove, set, create ----------------------------------------------------------------

    @Test
    void removeAll_manyMembers_oneDelete() {
        List<User> many = insertUsers(120);
        members(red).addAll(many);

        assertThat(statements(s, () -> members(red).removeAll(many.subList(0, 100)))).isEqualTo(1);

        assertThat(joinRows()).isEqualTo(20);
        assertThat(db.rows("Users")).isEqualTo(123);
    }

    @Test
    void remove_loadedJoinModel_leavesTheIdentityMap() {
        members(red).add(ada);
        TeamMember membership = (TeamMember) members(red).through(ada).orElseThrow();

        members(red).remove(ada);

        assertThat(s.find(TeamMember.class, membership.id)).isEmpty();
        assertThat(red.getMembers()).isEmpty();
    }

    @Test
    void set_diff_unlinksGoneLinksNewKeepsRest_inThreeStatements() {
        members(red).add(ada);
        members(red).add(bob, Map.of("role", "owner"));

        long statements = statements(s, () -> members(red).set(List.of(bob, cy)));

        assertThat(statements).isEqualTo(3);
        assertThat(column(db.get(), "SELECT \"userId\" FROM \"TeamMembers\" ORDER BY \"userId\"")).containsExactly(bob.id, cy.id);
        assertThat(role(bob)).isEqualTo("owner");
        assertThat(members(red).get()).containsExactly(bob, cy);
    }

    @Test
    void set_sameMembers_onlyReads() {
        members(red).addAll(List.of(ada, bob));

        assertThat(statements(s, () -> members(red).set(List.of(bob, ada)))).isEqualTo(1);
        assertThat(joinRows()).isEqualTo(2);
    }

    @Test
    void create_insertsTargetAndJoinRow_inTwoStatements() {
        List<User> created = new ArrayList<>();

        assertThat(statements(s, () -> created.add(members(red).create(new User("dee"))))).isEqualTo(2);

        User dee = created.get(0);
        assertThat(dee.id).isNotNull();
        assertThat(role(dee)).isEqualTo("member");
        assertThat(red.getMembers()).containsExactly(dee);
    }
}
