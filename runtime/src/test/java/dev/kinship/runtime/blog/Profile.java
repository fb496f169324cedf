package dev.kinship.runtime.blog;

public class Profile {
    private Long id;
    private Long userId;
    private String bio;
    private User user;

    public Profile() {
    }

    public Profile(Long userId, String bio) {
        this.userId = userId;
        this.bio = bio;
    }

    public Long getId() {
        return id;
    }

    public Long getUserId() {
        return userId;
    }

    public String getBio() {
        return bio;
    }

    public User getUser() {
        return user;
    }
}
