package dev.kinship.runtime.write;

import static dev.kinship.runtime.write.Rows.column;
import static dev.kinship.runtime.write.Rows.statements;
import static dev.kinship.runtime.write.Rows.value;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kinship.runtime.Hook;
import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.ToMany;
import dev.kinship.runtime.write.MediaModels.Comment;
import dev.kinship.runtime.write.MediaModels.Image;
import dev.kinship.runtime.write.MediaModels.Post;
import dev.kinship.runtime.write.MediaModels.Tag;
import dev.kinship.runtime.write.MediaModels.Video;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One join table for two owner models ("taggables", told apart by taggableType) and one child
 * table for two parent models (comments, told apart by commentableType). A post and a video
 * share id 1 throughout, so that a statement missing the type would touch the other's rows (the
 * bug Sequelize had in remove and set: #8890, #10444).
 */
class PolymorphicAssociationsTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.inMemory(MediaModels::schema);

    private Session s;
    private Post post;
    private Video video;
    private Image image;
    private Tag a;
    private Tag b;
    private Tag c;

    @BeforeEach
    void open() {
        s = db.open();
        post = s.insert(new Post("post"));
        video = s.insert(new Video("video"));
        image = s.insert(new Image("image.png"));
        a = s.insert(new Tag("a"));
        b = s.insert(new Tag("b"));
        c = s.insert(new Tag("c"));
        assertThat(post.id).isEqualTo(video.id).isEqualTo(image.id);
    }

    @AfterEach
    void close() {
        s.close();
    }

    private ToMany<Tag> tags(Object owner) {
        return s.toMany(owner, "tags");
    }

    private List<Object> taggables(String type) {
        return column(db.get(), "SELECT \"tagId\" FROM \"taggables\" WHERE \"taggableId\" = ? AND \"taggableType\" = ? ORDER BY \"tagId\"",
            post.id, type);
    }

    // ---- belongsToMany through one join table -----------------------------------------------

    @Test
    void add_writesTheOwnersTypeIntoTheJoinRow_inOneStatement() {
        assertThat(statements(s, () -> tags(post).addAll(List.of(a, b)))).isEqualTo(1);

        assertThat(taggables("post")).containsExactly(a.id, b.id);
        assertThat(taggables("video")).isEmpty();
    }

    @Test
    void getCountHas_seeOnlyTheOwnersType() {
        tags(post).addAll(List.of(a, b));
        tags(video).addAll(List.of(b, c));

        assertThat(tags(post).get()).containsExactly(a, b);
        assertThat(tags(video).get()).containsExactly(b, c);
        assertThat(tags(post).count()).isEqualTo(2);
        assertThat(tags(post).has(c)).isFalse();
        assertThat(tags(video).hasAll(List.of(b, c))).isTrue();
        assertThat(s.<Post>toMany(b, "posts").get()).containsExactly(post);
    }

    @Test
    void remove_tagFromPost_neverTouchesTheVideosRows() {
        tags(post).addAll(List.of(a, b));
        tags(video).addAll(List.of(a, b));

        assertThat(statements(s, () -> tags(post).remove(b))).isEqualTo(1);

        assertThat(taggables("post")).containsExactly(a.id);
        assertThat(taggables("video")).containsExactly(a.id, b.id);
    }

    @Test
    void set_onPost_neverTouchesTheVideosRows() {
        tags(post).addAll(List.of(a, b));
        tags(video).addAll(List.of(a, b));

        assertThat(statements(s, () -> tags(post).set(List.of(b, c)))).isEqualTo(3);

        assertThat(taggables("post")).containsExactly(b.id, c.id);
        assertThat(taggables("video")).containsExactly(a.id, b.id);
    }

    @Test
    void add_tagTheVideoAlreadyHas_linksThePostToo() {
        tags(video).add(a);

        tags(post).add(a);

        assertThat(taggables("post")).containsExactly(a.id);
        assertThat(taggables("video")).containsExactly(a.id);
    }

    @Test
    void through_ofAJoinTable_isItsRowAsAMap() {
        tags(post).add(a);

        assertThat(tags(post).through(a)).contains(Map.of("taggableId", post.id, "tagId", a.id,
            "taggableType", "post"));
    }

    @Test
    void deletePost_withHooks_deletesOnlyItsJoinRows_tagsAndVideoRowsStay() {
        tags(post).addAll(List.of(a, b));
        tags(video).addAll(List.of(a, b));

        s.delete(post);

        assertThat(taggables("post")).isEmpty();
        assertThat(taggables("video")).containsExactly(a.id, b.id);
        assertThat(db.rows("Tags")).isEqualTo(3);
    }

    @Test
    void create_insertsTagAndTypedJoinRow_inTwoStatements() {
        List<Tag> created = new ArrayList<>();

        assertThat(statements(s, () -> created.add(tags(video).create(new Tag("new"))))).isEqualTo(2);

        assertThat(value(db.get(), "SELECT \"taggableType\" FROM \"taggables\" WHERE \"tagId\" = ?", created.get(0).id))
            .isEqualTo("video");
    }

    // ---- hasMany with a type scope ----------------------------------------------------------

    @Test
    void create_writesTheParentsType() {
        Comment onImage = s.<Comment>toMany(image, "comments").create(new Comment("nice"));

        assertThat(onImage.commentableType).isEqualTo("image");
        assertThat(value(db.get(), "SELECT \"commentableType\" FROM \"Comments\" WHERE \"id\" = ?", onImage.id))
            .isEqualTo("image");
        assertThat(s.toMany(video, "comments").get()).isEmpty();
        assertThat(s.toMany(image, "comments").get()).containsExactly(onImage);
    }

    @Test
    void add_commentOfTheVideo_movesItToTheImageWithTheImagesType() {
        Comment comment = s.<Comment>toMany(video, "comments").create(new Comment("moved"));
        assertThat(video.getComments()).containsExactly(comment);

        s.toMany(image, "comments").add(comment);

        assertThat(value(db.get(), "SELECT \"commentableType\" FROM \"Comments\" WHERE \"id\" = ?", comment.id))
            .isEqualTo("image");
        assertThat(video.getComments()).isEmpty();
        assertThat(s.toMany(video, "comments").count()).isZero();
        assertThat(s.toMany(image, "comments").count()).isEqualTo(1);
    }

    @Test
    void deleteImage_withHooksAndCascade_deletesItsCommentsAndNothingOfTheVideos() {
        s.toMany(image, "comments").create(new Comment("i1"));
        s.toMany(image, "comments").create(new Comment("i2"));
        Comment onVideo = s.<Comment>toMany(video, "comments").create(new Comment("v1"));
        List<String> destroyed = new ArrayList<>();
        db.get().hooks().on(Comment.class, Hook.BEFORE_DESTROY, x -> destroyed.add(x.body));

        assertThat(statements(s, () -> s.delete(image))).isEqualTo(3);

        assertThat(destroyed).containsExactly("i1", "i2");
        assertThat(column(db.get(), "SELECT \"id\" FROM \"Comments\"")).containsExactly(onVideo.id);
        assertThat(s.toMany(video, "comments").get()).containsExactly(onVideo);
    }

    // ---- polymorphic belongsTo --------------------------------------------------------------

    @Test
    void polymorphicBelongsToSet_writesKeyAndType_inOneStatement_andTheOldParentLetsGo() {
        Comment comment = s.<Comment>toMany(image, "comments").create(new Comment("c"));
        assertThat(image.getComments()).containsExactly(comment);

        assertThat(statements(s, () -> s.toOne(comment, "commentable").set(video))).isEqualTo(1);

        assertThat(value(db.get(), "SELECT \"commentableType\" FROM \"Comments\" WHERE \"id\" = ?", comment.id))
            .isEqualTo("video");
        assertThat(comment.commentableType).isEqualTo("video");
        assertThat(statements(s, () -> {
            assertThat(comment.getCommentable()).isSameAs(video);
            assertThat(image.getComments()).isEmpty();
        })).isZero();
        assertThat(s.toMany(video, "comments").get()).containsExactly(comment);
    }
}
