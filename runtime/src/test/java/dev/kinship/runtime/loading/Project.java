package dev.kinship.runtime.loading;

public class Project {
    private Long id;
    private String name;
    private String status;
    private Long teamId;
    private Team team;

    public Project() {
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getStatus() {
        return status;
    }

    public Team getTeam() {
        return team;
    }
}
