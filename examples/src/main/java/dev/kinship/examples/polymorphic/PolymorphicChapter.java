package dev.kinship.examples.polymorphic;

import static dev.kinship.dsl.ReferentialAction.CASCADE;

import dev.kinship.dsl.Associations;
import dev.kinship.dsl.Schema;
import dev.kinship.examples.TourLog;
import dev.kinship.runtime.Database;
import dev.kinship.runtime.Session;
import java.util.List;

/** Polymorphic associations: one comment table for images and videos. */
public final class PolymorphicChapter {

    private PolymorphicChapter() {
    }

    public static Schema schema() {
        return Schema.builder()
            .model(Image.class).model(Video.class).model(Comment.class)
            .associate(Associations.of(Image.class)
                .hasMany(Comment.class).foreignKey("commentableId").scope("commentableType", "image")
                    .as("comments").constraints(false).onDelete(CASCADE).hooks(true))
            .associate(Associations.of(Video.class)
                .hasMany(Comment.class).foreignKey("commentableId").scope("commentableType", "video")
                    .as("comments").constraints(false).onDelete(CASCADE).hooks(true))
            .associate(Associations.of(Comment.class)
                .belongsToPolymorphic("commentable").type("image", Image.class).type("video", Video.class))
            .build();
    }

    public static void run(Database db, TourLog log) {
        log.chapter("Polymorphic: Image and Video hasMany Comment, Comment belongsToPolymorphic commentable");
        db.sync();
        try (Session s = db.openSession()) {
            for (int i = 0; i < 3; i++) {
                Image image = s.insert(new Image("image " + i));
                Video video = s.insert(new Video("video " + i));
                s.toMany(image, "comments").create(new Comment("on image " + i));
                s.toMany(video, "comments").create(new Comment("on video " + i));
            }
        }
        try (Session s = db.openSession()) {
            List<Comment> comments = s.query(Comment.class).orderBy("id").list();
            log.step(s, "each comment's commentable, one statement per type",
                () -> comments.stream().map(c -> c.getCommentable().getTitle()).toList().size(), 6, 2);
            log.step(s, "a comment on a video resolves to a Video",
                () -> comments.get(1).getCommentable() instanceof Video, true, 0);
            Image first = s.query(Image.class).orderBy("id").first().orElseThrow();
            log.step(s, "deleting an image deletes its comments (hooks), not the videos'; comments left", () -> {
                s.delete(first);
                return s.query(Comment.class).count();
            }, 5L, 4);
        }
    }
}
