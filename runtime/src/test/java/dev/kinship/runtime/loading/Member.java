package dev.kinship.runtime.loading;

import java.util.Set;

public class Member {
    private Long id;
    private String name;
    private boolean active;
    private Set<Team> teams;

    public Member() {
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    public Set<Team> getTeams() {
        return teams;
    }
}
