package dev.kinship.runtime.loading;

import java.util.List;
import java.util.Objects;

/** A team with scoped associations; equals, hashCode and toString are its own. */
public class Team {
    private Long id;
    private String name;
    private List<Project> projects;
    private List<Project> activeProjects;
    private Project flagship;
    private List<Member> members;
    private List<Member> activeMembers;

    public Team() {
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public List<Project> getProjects() {
        return projects;
    }

    public List<Project> getActiveProjects() {
        return activeProjects;
    }

    public Project getFlagship() {
        return flagship;
    }

    public List<Member> getMembers() {
        return members;
    }

    public List<Member> getActiveMembers() {
        return activeMembers;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Team t && Objects.equals(name, t.name);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(name);
    }

    @Override
    public String toString() {
        return "Team[" + name + "]";
    }
}
