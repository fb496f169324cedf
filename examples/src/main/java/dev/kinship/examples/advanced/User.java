package dev.kinship.examples.advanced;

/** A member of teams. */
public class User {
    private Long id;
    private String username;

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
}
