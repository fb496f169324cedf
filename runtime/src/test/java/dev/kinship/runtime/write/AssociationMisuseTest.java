package dev.kinship.runtime.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.write.TeamModels.Profile;
import dev.kinship.runtime.write.TeamModels.Project;
import dev.kinship.runtime.write.TeamModels.Team;
import dev.kinship.runtime.write.TeamModels.User;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One misuse of session.toOne / session.toMany per test, with the message that explains it. */
class AssociationMisuseTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.inMemory(TeamModels::schema);

    private Session s;
    private Team red;

    @BeforeEach
    void open() {
        s = db.open();
        red = s.insert(new Team("red"));
    }

    @AfterEach
    void close() {
        s.close();
    }

    @Test
    void toOne_ofAToManyAlias_namesTheRightCall() {
        assertThatThrownBy(() -> s.toOne(red, "projects"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("session.toOne(Team, \"projects\"): Team.hasMany(Project) as 'projects' is a to-many "
                + "association. Use session.toMany(owner, \"projects\") for it.");
    }

    @Test
    void toMany_unknownAlias_listsTheAssociations() {
        assertThatThrownBy(() -> s.toMany(red, "project"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("session.toMany(Team, \"project\"): Team has no association 'project'. Its associations: "
                + "[projects, activeProjects, members, charter, tickets].");
    }

    @Test
    void toMany_ownerNotManaged_isRefused() {
        Team loose = new Team("loose");
        loose.id = red.id;

        assertThatThrownBy(() -> s.toMany(loose, "projects"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("session.toMany(Team, \"projects\"): the Team is not managed by a session. Pass the instance "
                + "that insert, find or query returned.");
    }

    @Test
    void add_nullTarget_isRefused() {
        assertThatThrownBy(() -> s.toMany(red, "projects").add(null))
            .isInstanceOf(NullPointerException.class)
            .hasMessage("Team#" + red.id + ".projects.add(...): the target is null. Pass a Project.");
    }

    @Test
    void has_targetOfAnotherModel_isRefused() {
        User ada = s.insert(new User("ada"));

        assertThatThrownBy(() -> s.toMany(red, "projects").has(ada))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("Team#" + red.id + ".projects.has(...) was given a User, but this association links a "
                + "Project. Pass a Project.");
    }

    @Test
    void remove_unsavedTarget_isRefusedBeforeAnyStatement() {
        long before = s.stats().statements();

        assertThatThrownBy(() -> s.toMany(red, "projects").removeAll(List.of(new Project("new", "active"))))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("Team#" + red.id + ".projects.removeAll(...) was given a Project that has no id, so it is not "
                + "a row yet. Pass a row that insert, find or query returned.");
        assertThat(s.stats().statements()).isEqualTo(before);
    }

    @Test
    void toOneCreate_managedRow_isRefused() {
        User ada = s.insert(new User("ada"));
        Profile profile = s.insert(new Profile("bio"));

        assertThatThrownBy(() -> s.toOne(ada, "profile").create(profile))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("User#" + ada.id + ".profile.create(...) was given Profile#" + profile.id + ", which is "
                + "already a row. create(...) inserts a new Profile; use set(...) to link an existing one.");
    }
}
