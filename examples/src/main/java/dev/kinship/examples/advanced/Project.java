package dev.kinship.examples.advanced;

/** A project of a team; only the active ones are in {@code activeProjects}. */
public class Project {
    private Long id;
    private String name;
    private String status;
    private Long teamId;

    protected Project() {
    }

    public Project(String name, String status) {
        this.name = name;
        this.status = status;
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
}
