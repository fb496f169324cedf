package dev.kinship.runtime.loading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kinship.runtime.Database;
import dev.kinship.runtime.DetachedEntityException;
import dev.kinship.runtime.Session;
import dev.kinship.runtime.blog.BlogSchema;
import dev.kinship.runtime.blog.Comment;
import dev.kinship.runtime.blog.Post;
import dev.kinship.runtime.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Navigation once the session, then the Database, is closed. */
class DetachedNavigationTest {

    @TempDir
    Path directory;

    @Test
    void lazyLoad_afterSessionClose_borrowsAConnectionForTheLoadAndGivesItBack() {
        CountingDataSource dataSource = new CountingDataSource(directory.resolve("blog.db"));
        try (Database db = Database.connect(dataSource, BlogSchema.schema())) {
            db.sync();
            BlogData.seed(db, 10, 2);
            List<Post> posts;
            try (Session s = db.openSession()) {
                posts = s.query(Post.class).list();
            }
            assertThat(dataSource.open()).as("no connection kept between sessions").isZero();
            int before = dataSource.opened();

            List<Comment> comments = posts.get(3).getComments();

            assertThat(comments).extracting(Comment::getPostId).containsOnly(4L);
            assertThat(dataSource.opened()).as("one connection borrowed for the batched load").isEqualTo(before + 1);
            assertThat(dataSource.open()).as("and given back").isZero();
            posts.forEach(Post::getComments);
            assertThat(dataSource.opened()).as("the batch loaded every post's comments").isEqualTo(before + 1);
        }
        assertThat(dataSource.open()).isZero();
    }

    @Test
    void lazyLoad_afterDatabaseClose_throwsDetachedEntityExceptionNamingEntityAndAlias() {
        Post post;
        try (Database db = TestDatabases.open(BlogSchema.schema())) {
            db.sync();
            BlogData.seed(db, 3, 1);
            try (Session s = db.openSession()) {
                post = s.find(Post.class, 2L).orElseThrow();
                post.getAuthor();
            }
        }

        assertThat(post.getAuthor().getUsername()).isEqualTo("user2");
        assertThatThrownBy(post::getComments)
            .isInstanceOf(DetachedEntityException.class)
            .hasMessage("Post#2.comments cannot be loaded: its Database is closed. Load it before closing, e.g. with "
                + "query(Post.class).include(\"comments\"), or keep the Database open while you navigate.");
    }

    @Test
    void lazyLoad_afterDatabaseCloseWithSessionOpen_throwsDetachedEntityException() {
        Database db = TestDatabases.open(BlogSchema.schema());
        db.sync();
        BlogData.seed(db, 3, 1);
        Session s = db.openSession();
        Post post = s.find(Post.class, 1L).orElseThrow();
        db.close();

        assertThatThrownBy(post::getCategories)
            .isInstanceOf(DetachedEntityException.class)
            .hasMessageStartingWith("Post#1.categories cannot be loaded: its Database is closed.");
    }
}
