package dev.kinship.examples.associate;

import static dev.kinship.dsl.ReferentialAction.CASCADE;

import dev.kinship.dsl.Associations;

/** The guide's basic model: plain fields are columns, associate() declares the relationships. */
public class User {
    private Long id;
    private String username;
    private String email;
    private Profile profile;

    static Associations associate() {
        return Associations.of(User.class)
            .hasOne(Profile.class).foreignKey("userId").as("profile").onDelete(CASCADE);
    }

    protected User() {
    }

    public User(String username, String email) {
        this.username = username;
        this.email = email;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public Profile getProfile() {
        return profile;
    }
}
