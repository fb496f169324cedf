package dev.kinship.examples.onetoone;

/** Like a passport: one per user. */
public class Profile {
    private Long id;
    private Long userId;
    private String bio;
    private User user;

    protected Profile() {
    }

    public Profile(String bio) {
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
