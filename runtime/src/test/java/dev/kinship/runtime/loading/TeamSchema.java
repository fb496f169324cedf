package dev.kinship.runtime.loading;

import dev.kinship.dsl.Associations;
import dev.kinship.dsl.Schema;

/**
 * Teams, projects and members: scoped hasMany and hasOne, and two belongsToMany through one
 * join model with a through scope (soft-deleted links are hidden), one of them with a target
 * scope as well.
 */
public final class TeamSchema {

    private TeamSchema() {
    }

    public static Schema schema() {
        return Schema.builder()
            .model(Team.class, m -> m.table("teams")).model(Project.class, m -> m.table("projects"))
            .model(Member.class, m -> m.table("members")).model(TeamMember.class, m -> m.table("team_members"))
            .associate(Associations.of(Team.class)
                .hasMany(Project.class).foreignKey("teamId").as("projects")
                .hasMany(Project.class).foreignKey("teamId").as("activeProjects").scope("status", "active")
                .hasOne(Project.class).foreignKey("teamId").as("flagship").scope("status", "flagship")
                .belongsToMany(Member.class).through(TeamMember.class, t -> t.unique(false).scope("deletedAt", null))
                    .foreignKey("teamId").otherKey("memberId").as("members")
                .belongsToMany(Member.class).through(TeamMember.class, t -> t.unique(false).scope("deletedAt", null))
                    .foreignKey("teamId").otherKey("memberId").as("activeMembers").scope("active", true))
            .associate(Associations.of(Project.class)
                .belongsTo(Team.class).foreignKey("teamId").as("team"))
            .associate(Associations.of(Member.class)
                .belongsToMany(Team.class).through(TeamMember.class, t -> t.unique(false).scope("deletedAt", null))
                    .foreignKey("memberId").otherKey("teamId").as("teams"))
            .build();
    }
}
