package dev.kinship.runtime.loading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Lazy loads honour the association's scope, the through scope and the target scope. */
class LazyScopeTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.inMemory(TeamSchema::schema);

    private List<Team> teams(Session s) {
        TeamData.seed(db.get());
        return s.query(Team.class).orderBy("id").list();
    }

    @Test
    void hasMany_withScope_loadsOnlyScopedRowsForTheGroupInOneStatement() {
        try (Session s = db.open()) {
            List<Team> teams = teams(s);

            assertThat(teams.get(0).getActiveProjects()).extracting(Project::getName).containsExactly("alpha");
            assertThat(teams.get(1).getActiveProjects()).extracting(Project::getName).containsExactly("delta");
            assertThat(teams.get(2).getActiveProjects()).isEmpty();
            assertThat(teams.get(0).getProjects()).extracting(Project::getName).containsExactly("alpha", "beta", "gamma");
            assertThat(s.stats().statements()).isEqualTo(1 + 2);
        }
    }

    @Test
    void hasOne_withScope_isTheScopedRowOrNull() {
        try (Session s = db.open()) {
            List<Team> teams = teams(s);

            assertThat(teams.get(0).getFlagship().getName()).isEqualTo("gamma");
            assertThat(teams.get(1).getFlagship()).isNull();
            assertThat(teams.get(2).getFlagship()).isNull();
            assertThat(s.stats().statements()).isEqualTo(1 + 1);
        }
    }

    @Test
    void belongsToMany_withThroughScope_hidesSoftDeletedLinks() {
        try (Session s = db.open()) {
            List<Team> teams = teams(s);

            assertThat(teams.get(0).getMembers()).extracting(Member::getName).containsExactly("ann", "bob");
            assertThat(teams.get(1).getMembers()).extracting(Member::getName).containsExactly("cid", "dan");
            assertThat(teams.get(2).getMembers()).isEmpty();
            assertThat(s.stats().statements()).isEqualTo(1 + 1);
        }
    }

    @Test
    void belongsToMany_withTargetScope_keepsOnlyMatchingTargets() {
        try (Session s = db.open()) {
            List<Team> teams = teams(s);

            assertThat(teams.get(0).getActiveMembers()).extracting(Member::getName).containsExactly("ann");
            assertThat(teams.get(1).getActiveMembers()).extracting(Member::getName).containsExactly("cid", "dan");
            assertThat(s.stats().statements()).isEqualTo(1 + 1);
        }
    }

    @Test
    void belongsToMany_throughRow_isKnownAfterTheLoadWithoutStatement() {
        try (Session s = db.open()) {
            List<Team> teams = teams(s);
            Member cid = teams.get(1).getMembers().get(0);
            long before = s.stats().statements();

            Object row = s.toMany(teams.get(1), "members").through(cid).orElseThrow();

            assertThat(row).isInstanceOf(TeamMember.class);
            assertThat(((TeamMember) row).getRole()).isEqualTo("lead");
            assertThat(s.stats().statements()).isEqualTo(before);
        }
    }

    @Test
    void belongsToMany_setField_isAPlainLinkedHashSetLoadedForTheGroup() {
        try (Session s = db.open()) {
            TeamData.seed(db.get());
            List<Member> members = s.query(Member.class).orderBy("id").list();

            assertThat(members.get(0).getTeams()).isExactlyInstanceOf(LinkedHashSet.class)
                .extracting(Team::getName).containsExactly("core");
            assertThat(members.get(2).getTeams()).extracting(Team::getName).containsExactly("web");
            assertThat(members.get(1).getTeams().iterator().next()).isSameAs(members.get(0).getTeams().iterator().next());
            assertThat(s.stats().statements()).isEqualTo(1 + 1);
        }
    }
}
