package dev.kinship.runtime.loading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Association scopes, through scopes, target scopes and throughWhere under every strategy
 * (each test runs joined and separate), and join rows read with their targets.
 */
class IncludeScopeTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.inMemory(TeamSchema::schema);

    @BeforeEach
    void seed() {
        TeamData.seed(db.get());
        // a soft-deleted link is no link: team idle stays without members
        Rows.exec(db.get(), "INSERT INTO \"team_members\" (\"id\", \"teamId\", \"memberId\", \"role\", \"deletedAt\") VALUES "
            + "(6, 3, 1, 'lead', '2024-02-02')");
    }

    @ParameterizedTest(name = "separate({0})")
    @ValueSource(booleans = {true, false})
    void include_scopedHasMany_readsOnlyScopedRows(boolean separate) {
        try (Session s = db.open()) {
            List<Team> teams = s.query(Team.class).include("activeProjects", p -> p.separate(separate))
                .orderBy("id").list();

            assertThat(teams).extracting(t -> t.getActiveProjects().stream().map(Project::getName).toList())
                .containsExactly(List.of("alpha"), List.of("delta"), List.of());
            assertThat(s.stats().statements()).isEqualTo(separate ? 2 : 1);
        }
    }

    @ParameterizedTest(name = "separate({0})")
    @ValueSource(booleans = {true, false})
    void include_scopedHasOne_isTheScopedRowOrNull(boolean separate) {
        try (Session s = db.open()) {
            List<Team> teams = s.query(Team.class).include("flagship", p -> p.separate(separate)).orderBy("id").list();

            assertThat(teams).extracting(t -> t.getFlagship() == null ? null : t.getFlagship().getName())
                .containsExactly("gamma", null, null);
            assertThat(s.stats().statements()).isEqualTo(separate ? 2 : 1);
        }
    }

    @ParameterizedTest(name = "separate({0})")
    @ValueSource(booleans = {true, false})
    void include_requiredScopedHasOne_keepsOnlyOwnersWithAScopedRow(boolean separate) {
        try (Session s = db.open()) {
            List<Team> teams = s.query(Team.class).include("flagship", p -> p.separate(separate).required(true))
                .orderBy("id").list();

            assertThat(teams).extracting(Team::getName).containsExactly("core");
            assertThat(s.query(Team.class).include("flagship", p -> p.separate(separate).required(true)).count())
                .isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "separate({0})")
    @ValueSource(booleans = {true, false})
    void include_belongsToManyWithThroughScope_hidesSoftDeletedLinks(boolean separate) {
        try (Session s = db.open()) {
            List<Team> teams = s.query(Team.class).include("members", m -> m.separate(separate)).orderBy("id").list();

            assertThat(teams).extracting(t -> t.getMembers().stream().map(Member::getName).toList())
                .containsExactly(List.of("ann", "bob"), List.of("cid", "dan"), List.of());
            assertThat(s.stats().statements()).isEqualTo(separate ? 2 : 1);
        }
    }

    @ParameterizedTest(name = "separate({0})")
    @ValueSource(booleans = {true, false})
    void include_belongsToManyWithTargetScope_keepsOnlyMatchingTargets(boolean separate) {
        try (Session s = db.open()) {
            List<Team> teams = s.query(Team.class).include("activeMembers", m -> m.separate(separate))
                .orderBy("id").list();

            assertThat(teams).extracting(t -> t.getActiveMembers().stream().map(Member::getName).toList())
                .containsExactly(List.of("ann"), List.of("cid", "dan"), List.of());
        }
    }

    @ParameterizedTest(name = "separate({0})")
    @ValueSource(booleans = {true, false})
    void include_throughWhere_filtersOnJoinRowsAndRequiresAMatch(boolean separate) {
        try (Session s = db.open()) {
            List<Team> teams = s.query(Team.class)
                .include("members", m -> m.separate(separate).throughWhere("role", "lead")).orderBy("id").list();

            assertThat(teams).extracting(Team::getName).containsExactly("core", "web");
            assertThat(teams).extracting(t -> t.getMembers().stream().map(Member::getName).toList())
                .containsExactly(List.of("ann"), List.of("cid"));
        }
    }

    @ParameterizedTest(name = "separate({0})")
    @ValueSource(booleans = {true, false})
    void include_belongsToMany_joinRowOfEachTargetIsKnownWithoutStatement(boolean separate) {
        try (Session s = db.open()) {
            List<Team> teams = s.query(Team.class).include("members", m -> m.separate(separate)).orderBy("id").list();
            long before = s.stats().statements();

            Team core = teams.get(0);
            List<String> roles = core.getMembers().stream()
                .map(m -> ((TeamMember) s.toMany(core, "members").through(m).orElseThrow()).getRole()).toList();

            assertThat(roles).containsExactly("lead", "dev");
            assertThat(s.stats().statements()).isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "separate({0})")
    @ValueSource(booleans = {true, false})
    void include_requiredBelongsToMany_honoursTheThroughScopeWhenFilteringOwners(boolean separate) {
        try (Session s = db.open()) {
            List<Team> teams = s.query(Team.class).include("members", m -> m.separate(separate).required(true))
                .orderBy("id").limit(5).list();

            assertThat(teams).extracting(Team::getName).containsExactly("core", "web");
            assertThat(s.query(Team.class).include("members", m -> m.separate(separate).required(true)).count())
                .isEqualTo(2);
            assertThat(s.query(Team.class).include("activeMembers", m -> m.separate(separate)
                .where("name", "bob")).count()).isZero();
        }
    }

    @Test
    void include_nestedThroughSetField_loadsBelowTheJoinedLevel() {
        try (Session s = db.open()) {
            List<Member> members = s.query(Member.class)
                .include("teams", t -> t.include("projects", p -> p.separate(false))).orderBy("id").list();

            assertThat(members.get(2).getTeams()).extracting(Team::getName).containsExactly("web");
            assertThat(members.get(0).getTeams().iterator().next().getProjects()).extracting(Project::getName)
                .containsExactly("alpha", "beta", "gamma");
            assertThat(s.stats().statements()).isEqualTo(2);
        }
    }
}
