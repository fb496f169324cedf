package dev.kinship.runtime.loading;

/** The join model of teams and members: a role, and a soft-delete mark the through scope hides. */
public class TeamMember {
    private Long id;
    private Long teamId;
    private Long memberId;
    private String role;
    private String deletedAt;

    public TeamMember() {
    }

    public Long getId() {
        return id;
    }

    public Long getTeamId() {
        return teamId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public String getRole() {
        return role;
    }

    public String getDeletedAt() {
        return deletedAt;
    }
}
