package dev.kinship.examples.blog;

/** An author, a commenter, a reader who likes posts. */
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
