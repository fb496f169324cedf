package dev.kinship.examples.advanced;

import dev.kinship.dsl.Associations;
import dev.kinship.dsl.Schema;
import dev.kinship.examples.TourLog;
import dev.kinship.runtime.Database;
import dev.kinship.runtime.Session;
import dev.kinship.runtime.ToMany;
import java.time.Instant;
import java.util.Map;

/** Advanced options: a scoped association, a join model with its own columns, a through scope, no constraints. */
public final class AdvancedChapter {

    private AdvancedChapter() {
    }

    public static Schema schema() {
        return Schema.builder()
            .model(Team.class).model(Project.class).model(User.class).model(TeamMember.class)
            .associate(Associations.of(Team.class)
                .hasMany(Project.class).foreignKey("teamId").as("activeProjects").scope("status", "active")
                .belongsToMany(User.class)
                    .through(TeamMember.class, t -> t.unique(false).scope("deletedAt", null))
                    .foreignKey("teamId").otherKey("userId").as("members").constraints(false))
            .build();
    }

    public static void run(Database db, TourLog log) {
        log.chapter("Advanced: scoped activeProjects, TeamMember join model, through scope deletedAt = null");
        db.sync();
        try (Session s = db.openSession()) {
            Team core = s.insert(new Team("core"));
            ToMany<Project> activeProjects = s.toMany(core, "activeProjects");
            log.step(s, "create through the scoped association stores status", () -> {
                Project kinship = activeProjects.create(new Project("kinship", null));
                return kinship.getStatus();
            }, "active", 1);
            s.insert(new Project("legacy", "archived"));
            log.step(s, "activeProjects only sees active projects", () -> s.toMany(core, "activeProjects").count(), 1L, 1);
            User ada = s.insert(new User("ada"));
            User linus = s.insert(new User("linus"));
            ToMany<User> members = s.toMany(core, "members");
            members.add(ada, Map.of("role", "owner"));
            members.add(linus, Map.of("role", "reviewer"));
            log.step(s, "ada's join row carries her role", () -> ((TeamMember) members.through(ada).orElseThrow())
                .getRole(), "owner", 1);
            TeamMember leaving = (TeamMember) members.through(linus).orElseThrow();
            log.step(s, "marking linus's join row deleted hides him; members left", () -> {
                leaving.setDeletedAt(Instant.parse("2026-01-01T00:00:00Z"));
                s.update(leaving);
                return s.toMany(core, "members").count();
            }, 1L, 2);
        }
    }
}
