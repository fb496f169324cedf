package dev.kinship.runtime.write;

import dev.kinship.dsl.Associations;
import dev.kinship.dsl.Schema;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The guide's teams: a scoped hasMany (activeProjects: status = 'active'), a join model with
 * its own columns and a through scope (TeamMember: role, deletedAt = null, unique(false)), a
 * hasOne whose key may be null (User.profile) and one whose key may not (Team.charter), and a
 * hasMany whose key may not be null (Team.tickets).
 */
final class TeamModels {

    private TeamModels() {
    }

    static Schema schema() {
        return Schema.builder()
            .model(Team.class).model(Project.class).model(User.class).model(Profile.class).model(TeamMember.class)
            .model(Charter.class)
            .model(Ticket.class)
            .associate(Associations.of(Team.class)
                .hasMany(Project.class).foreignKey("teamId").as("projects")
                .hasMany(Project.class).foreignKey("teamId").as("activeProjects").scope("status", "active")
                .belongsToMany(User.class)
                    .through(TeamMember.class, t -> t.unique(false).scope("deletedAt", null))
                    .foreignKey("teamId").otherKey("userId").as("members").constraints(false)
                .hasOne(Charter.class).foreignKey("teamId").as("charter").allowNull(false)
                .hasMany(Ticket.class).foreignKey("teamId").as("tickets").allowNull(false))
            .associate(Associations.of(Project.class)
                .belongsTo(Team.class).foreignKey("teamId").as("team"))
            .associate(Associations.of(User.class)
                .belongsToMany(Team.class).through(TeamMember.class).foreignKey("userId").otherKey("teamId")
                    .as("teams").constraints(false)
                .hasOne(Profile.class).foreignKey("userId").as("profile"))
            .associate(Associations.of(Profile.class)
                .belongsTo(User.class).foreignKey("userId").as("user"))
            .associate(Associations.of(Charter.class)
                .belongsTo(Team.class).foreignKey("teamId").as("team"))
            .build();
    }

    static class Team {
        Long id;
        String name;
        List<Project> projects;
        List<Project> activeProjects;
        List<User> members;
        Charter charter;
        List<Ticket> tickets;

        Team() {
        }

        Team(String name) {
            this.name = name;
        }

        public Long getId() {
            return id;
        }

        public List<Project> getProjects() {
            return projects;
        }

        public List<Project> getActiveProjects() {
            return activeProjects;
        }

        public List<User> getMembers() {
            return members;
        }

        public Charter getCharter() {
            return charter;
        }

        public List<Ticket> getTickets() {
            return tickets;
        }

        @Override
        public String toString() {
            return "Team " + name;
        }
    }

    static class Project {
        Long id;
        String name;
        String status;
        Long teamId;
        Team team;

        Project() {
        }

        Project(String name, String status) {
            this.name = name;
            this.status = status;
        }

        public Long getId() {
            return id;
        }

        public Team getTeam() {
            return team;
        }

        @Override
        public String toString() {
            return "Project " + name;
        }
    }

    static class User {
        Long id;
        String name;
        List<Team> teams;
        Profile profile;

        User() {
        }

        User(String name) {
            this.name = name;
        }

        public Long getId() {
            return id;
        }

        public List<Team> getTeams() {
            return teams;
        }

        public Profile getProfile() {
            return profile;
        }

        @Override
        public String toString() {
            return "User " + name;
        }
    }

    static class Profile {
        Long id;
        String bio;
        Long userId;
        User user;

        Profile() {
        }

        Profile(String bio) {
            this.bio = bio;
        }

        public Long getId() {
            return id;
        }

        public User getUser() {
            return user;
        }
    }

    static class Charter {
        Long id;
        String text;
        Long teamId;
        Team team;

        Charter() {
        }

        Charter(String text) {
            this.text = text;
        }

        public Long getId() {
            return id;
        }

        public Team getTeam() {
            return team;
        }
    }

    static class Ticket {
        Long id;
        String title;
        Long teamId;

        Ticket() {
        }

        Ticket(String title) {
            this.title = title;
        }

        public Long getId() {
            return id;
        }
    }

    static class TeamMember {
        Long id;
        Long teamId;
        Long userId;
        String role = "member";
        LocalDateTime deletedAt;

        TeamMember() {
        }

        TeamMember(Long teamId, Long userId, String role) {
            this.teamId = teamId;
            this.userId = userId;
            this.role = role;
        }

        public Long getId() {
            return id;
        }
    }
}
