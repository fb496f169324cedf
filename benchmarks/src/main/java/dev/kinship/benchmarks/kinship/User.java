package dev.kinship.benchmarks.kinship;

/** A Kinship entity over the data set's Users table. */
public class User {
    private Long id;
    private String username;
    private String email;

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }
}
