package dev.kinship.runtime.polymorphic;

import static dev.kinship.dsl.ReferentialAction.CASCADE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kinship.dsl.Associations;
import dev.kinship.dsl.Schema;
import dev.kinship.runtime.Hook;
import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.polymorphic.Models.Comment;
import dev.kinship.runtime.polymorphic.Models.Image;
import dev.kinship.runtime.polymorphic.Models.Video;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PolymorphicTest {

    static Schema schema(boolean hooks) {
        return Schema.builder()
            .model(Image.class).model(Video.class).model(Comment.class)
            .associate(Associations.of(Image.class)
                .hasMany(Comment.class).foreignKey("commentableId").scope("commentableType", "image")
                    .as("comments").constraints(false).onDelete(CASCADE).hooks(hooks))
            .associate(Associations.of(Video.class)
                .hasMany(Comment.class).foreignKey("commentableId").scope("commentableType", "video")
                    .as("comments").constraints(false).onDelete(CASCADE).hooks(hooks))
            .associate(Associations.of(Comment.class)
                .belongsToPolymorphic("commentable").type("image", Image.class).type("video", Video.class))
            .build();
    }

    @RegisterExtension
    final TestDatabase db = TestDatabase.inMemory(() -> schema(true));

    @RegisterExtension
    final TestDatabase unhooked = TestDatabase.inMemory(() -> schema(false));

    /** Images and videos 1..n share ids, so a wrong type would show. */
    private static void seed(Session s, int n) {
        for (int i = 1; i <= n; i++) {
            Image image = s.insert(new Image("image " + i));
            Video video = s.insert(new Video("video " + i));
            s.toMany(image, "comments").create(new Comment("on image " + i));
            s.toMany(video, "comments").create(new Comment("on video " + i));
            s.toMany(video, "comments").create(new Comment("again on video " + i));
        }
    }

    @Test
    void hasMany_withTypeScope_seesOnlyItsOwnType() {
        try (Session s = db.open()) {
            seed(s, 3);
        }
        try (Session s = db.open()) {
            List<Image> images = s.query(Image.class).orderBy("id").list();
            List<Video> videos = s.query(Video.class).orderBy("id").list();
            assertThat(images.get(0).getComments()).extracting(c -> c.body).containsExactly("on image 1");
            assertThat(videos.get(0).getComments()).extracting(c -> c.body)
                .containsExactly("on video 1", "again on video 1");
            assertThat(s.toMany(images.get(1), "comments").count()).isEqualTo(1);
        }
    }

    @Test
    void create_throughScopedHasMany_writesTheTypeAndKey() {
        try (Session s = db.open()) {
            Image image = s.insert(new Image("sunset"));
            Comment comment = s.<Comment>toMany(image, "comments").create(new Comment("lovely"));
            assertThat(comment.commentableType).isEqualTo("image");
            assertThat(comment.commentableId).isEqualTo(image.id);
        }
    }

    @Test
    void commentable_ofAMixedGroup_isOneStatementPerType() {
        try (Session s = db.open()) {
            seed(s, 4);
        }
        try (Session s = db.open()) {
            List<Comment> comments = s.query(Comment.class).orderBy("id").list();
            long before = s.stats().statements();
            List<String> titles = new ArrayList<>();
            comments.forEach(c -> titles.add(c.getCommentable().getTitle()));
            assertThat(s.stats().statements() - before).isEqualTo(2);
            assertThat(titles).startsWith("image 1", "video 1", "video 1", "image 2");
            assertThat(comments.get(0).getCommentable()).isInstanceOf(Image.class);
            assertThat(comments.get(1).getCommentable()).isInstanceOf(Video.class);
            assertThat(s.stats().statements() - before).isEqualTo(2);
        }
    }

    @Test
    void commentable_isTheSameInstanceAsTheOwnerInTheSession() {
        try (Session s = db.open()) {
            seed(s, 2);
        }
        try (Session s = db.open()) {
            Video video = s.query(Video.class).orderBy("id").first().orElseThrow();
            Comment comment = video.getComments().get(0);
            long before = s.stats().statements();
            assertThat(comment.getCommentable()).isSameAs(video);
            assertThat(s.stats().statements() - before).isEqualTo(0);
        }
    }

    @Test
    void include_commentable_loadsEveryTypeAndMarksLoaded() {
        try (Session s = db.open()) {
            seed(s, 3);
        }
        try (Session s = db.open()) {
            List<Comment> comments = s.query(Comment.class).include("commentable").orderBy("id").list();
            assertThat(s.stats().statements()).isEqualTo(3);
            assertThat(comments.get(0).getCommentable()).isInstanceOf(Image.class);
            assertThat(comments.get(1).getCommentable()).isInstanceOf(Video.class);
            assertThat(comments.get(2).getCommentable()).isInstanceOf(Video.class);
            assertThat(s.stats().statements()).isEqualTo(3);
        }
    }

    @Test
    void insert_withCommentableSet_derivesKeyAndType() {
        try (Session s = db.open()) {
            Video video = s.insert(new Video("talk"));
            Comment comment = new Comment("great talk");
            comment.commentable = video;
            Comment saved = s.insert(comment);
            assertThat(saved.commentableType).isEqualTo("video");
            assertThat(saved.commentableId).isEqualTo(video.id);
        }
    }

    @Test
    void delete_withHooks_deletesOnlyTheOwnersComments() {
        try (Session s = db.open()) {
            seed(s, 2);
        }
        List<String> destroyed = new ArrayList<>();
        db.get().hooks().on(Comment.class, Hook.BEFORE_DESTROY, c -> destroyed.add(c.body));
        try (Session s = db.open()) {
            Image first = s.find(Image.class, 1L).orElseThrow();
            s.delete(first);
        }
        assertThat(destroyed).containsExactly("on image 1");
        assertThat(db.rows("Comments")).isEqualTo(5);
        try (Session s = db.open()) {
            Video sameId = s.find(Video.class, 1L).orElseThrow();
            assertThat(sameId.getComments()).hasSize(2);
        }
    }

    @Test
    void delete_withoutHooks_leavesTheCommentsInPlace() {
        try (Session s = unhooked.open()) {
            seed(s, 2);
            s.delete(s.find(Image.class, 1L).orElseThrow());
        }
        assertThat(unhooked.rows("Images")).isEqualTo(1);
        assertThat(unhooked.rows("Comments")).isEqualTo(6);
    }

    @Test
    void ddl_hasNoForeignKeyOnThePolymorphicColumn_butAnIndex() {
        assertThat(db.get().ddl()).noneMatch(sql -> sql.contains("FOREIGN KEY (\"commentableId\")"))
            .anyMatch(sql -> sql.contains("ON \"Comments\" (\"commentableId\")"));
    }
}
