package dev.kinship.examples.advanced;

import java.util.List;

/** A team: a scoped association and a join model with columns of its own. */
public class Team {
    private Long id;
    private String name;
    private List<Project> activeProjects;
    private List<User> members;

    protected Team() {
    }

    public Team(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public List<Project> getActiveProjects() {
        return activeProjects;
    }

    public List<User> getMembers() {
        return members;
    }
}
