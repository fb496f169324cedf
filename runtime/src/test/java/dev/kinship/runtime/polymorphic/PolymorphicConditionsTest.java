package dev.kinship.runtime.polymorphic;

import static dev.kinship.runtime.Where.eq;
import static dev.kinship.runtime.Where.has;
import static dev.kinship.runtime.Where.like;
import static dev.kinship.runtime.Where.not;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.polymorphic.Models.Comment;
import dev.kinship.runtime.polymorphic.Models.Image;
import dev.kinship.runtime.polymorphic.Models.Video;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code has} over a polymorphic belongsTo (each type its own EXISTS) and over the type-scoped hasMany. */
class PolymorphicConditionsTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.inMemory(() -> PolymorphicTest.schema(false));

    @BeforeEach
    void seed() {
        try (Session s = db.open()) {
            Image sunset = s.insert(new Image("sunset"));
            Video talk = s.insert(new Video("talk"));
            s.insert(new Image("unseen"));
            s.toMany(sunset, "comments").create(new Comment("lovely"));
            s.toMany(talk, "comments").create(new Comment("long"));
        }
    }

    @Test
    void has_polymorphicBelongsTo_looksInTheTypeEachRowNames() {
        try (Session s = db.open()) {
            assertThat(s.query(Comment.class).where(has("commentable", eq("title", "sunset"))).list())
                .extracting(c -> c.body).containsExactly("lovely");
            assertThat(s.query(Comment.class).where(has("commentable", like("title", "t%"))).list())
                .extracting(c -> c.body).containsExactly("long");
            assertThat(s.query(Comment.class).where(has("commentable")).count()).isEqualTo(2);
        }
    }

    @Test
    void insert_typeValueNoTypeDeclares_isRefusedListingTheTypes() {
        try (Session s = db.open()) {
            Comment stray = new Comment("stray");
            stray.commentableId = 1L;
            stray.commentableType = "audio";

            assertThatThrownBy(() -> s.insert(stray))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Comment (new).commentableType is 'audio', which is none of the types of "
                    + "Comment.belongsToPolymorphic(Commentable) as 'commentable': [image, video]. Use one of those values, or set "
                    + "commentable and let Kinship write the type.");
        }
        assertThat(db.rows("Comments")).isEqualTo(2);
    }

    @Test
    void has_typeScopedHasMany_seesOnlyItsOwnType() {
        try (Session s = db.open()) {
            assertThat(s.query(Image.class).where(has("comments")).list()).extracting(i -> i.title)
                .containsExactly("sunset");
            assertThat(s.query(Image.class).where(not(has("comments"))).list()).extracting(i -> i.title)
                .containsExactly("unseen");
            assertThat(s.query(Video.class).where(has("comments", eq("body", "lovely"))).count()).isZero();
        }
    }
}
