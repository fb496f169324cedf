package dev.kinship.examples.associate;

import dev.kinship.dsl.Associations;

/** A profile belongs to its user; the key field is {@code userId}. */
public class Profile {
    private Long id;
    private Long userId;
    private String bio;
    private User user;

    static Associations associate() {
        return Associations.of(Profile.class)
            .belongsTo(User.class).foreignKey("userId").as("user");
    }

    protected Profile() {
    }

    public Profile(String bio) {
        this.bio = bio;
    }

    public Long getId() {
        return id;
    }

    public String getBio() {
        return bio;
    }

    public User getUser() {
        return user;
    }
}
