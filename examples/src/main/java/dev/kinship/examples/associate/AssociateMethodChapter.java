package dev.kinship.examples.associate;

import dev.kinship.dsl.Schema;
import dev.kinship.examples.TourLog;
import dev.kinship.runtime.Database;
import dev.kinship.runtime.Session;

/** Understanding the associate method: each model declares its own associations. */
public final class AssociateMethodChapter {

    private AssociateMethodChapter() {
    }

    public static Schema schema() {
        return Schema.builder().discover(User.class, Profile.class).build();
    }

    public static void run(Database db, TourLog log) {
        log.chapter("The associate method: Schema.builder().discover(User.class, Profile.class)");
        db.sync();
        try (Session s = db.openSession()) {
            User ada = s.insert(new User("ada", "ada@example.org"));
            s.toOne(ada, "profile").create(new Profile("Writes the first programs"));
        }
        try (Session s = db.openSession()) {
            User ada = s.query(User.class).where("username", "ada").first().orElseThrow();
            log.step(s, "ada's profile, read lazily", () -> ada.getProfile().getBio(), "Writes the first programs", 1);
            log.step(s, "the profile's user is ada, already in the session", () -> ada.getProfile().getUser() == ada,
                true, 0);
        }
    }
}
