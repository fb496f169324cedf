package dev.kinship.examples.advanced;

import java.time.Instant;

/** The join model between teams and users: a role, and a soft-delete mark. */
public class TeamMember {
    private Long id;
    private Long teamId;
    private Long userId;
    private String role;
    private Instant deletedAt;

    protected TeamMember() {
    }

    public Long getId() {
        return id;
    }

    public Long getTeamId() {
        return teamId;
    }

    public Long getUserId() {
        return userId;
    }

    public String getRole() {
        return role;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public void setDeletedAt(Instant deletedAt) {
        this.deletedAt = deletedAt;
    }
}
