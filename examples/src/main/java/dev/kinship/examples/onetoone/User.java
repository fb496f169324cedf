package dev.kinship.examples.onetoone;

/** A user with one profile. */
public class User {
    private Long id;
    private String username;
    private Profile profile;

    protected User() {
    }

    public User(String username) {
        this.username = username;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public Profile getProfile() {
        return profile;
    }
}
