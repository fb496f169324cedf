package dev.kinship.examples.onetoone;

import static dev.kinship.dsl.ReferentialAction.CASCADE;

import dev.kinship.dsl.Associations;
import dev.kinship.dsl.Schema;
import dev.kinship.examples.TourLog;
import dev.kinship.runtime.Database;
import dev.kinship.runtime.Session;

/** One-to-one: a user has one profile, a profile belongs to its user. */
public final class OneToOneChapter {

    private OneToOneChapter() {
    }

    public static Schema schema() {
        return Schema.builder()
            .model(User.class).model(Profile.class)
            .associate(Associations.of(User.class)
                .hasOne(Profile.class).foreignKey("userId").as("profile").onDelete(CASCADE))
            .associate(Associations.of(Profile.class)
                .belongsTo(User.class).foreignKey("userId").as("user"))
            .build();
    }

    public static void run(Database db, TourLog log) {
        log.chapter("One-to-one: User hasOne Profile, Profile belongsTo User, onDelete CASCADE");
        db.sync();
        try (Session s = db.openSession()) {
            for (String name : new String[] {"ada", "grace", "linus"}) {
                User user = s.insert(new User(name));
                s.toOne(user, "profile").create(new Profile("Profile of " + name));
            }
        }
        try (Session s = db.openSession()) {
            var users = log.step(s, "users with their profiles, one LEFT JOIN",
                () -> s.query(User.class).include("profile").orderBy("id").list().size(), 3, 1);
            User ada = s.query(User.class).where("username", "ada").first().orElseThrow();
            log.step(s, "ada's profile is already loaded by the include", () -> ada.getProfile().getBio(),
                "Profile of ada", 0);
            log.step(s, "deleting ada deletes her profile (ON DELETE CASCADE); profiles left", () -> {
                s.delete(ada);
                return s.query(Profile.class).count();
            }, 2L, 2);
            log.say("users listed: " + users);
        }
    }
}
