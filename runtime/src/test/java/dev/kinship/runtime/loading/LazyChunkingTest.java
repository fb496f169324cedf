package dev.kinship.runtime.loading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.blog.BlogSchema;
import dev.kinship.runtime.blog.Category;
import dev.kinship.runtime.blog.Comment;
import dev.kinship.runtime.blog.Post;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A load group larger than SQLite's 32,766 parameters is loaded in IN-list chunks. */
class LazyChunkingTest {

    private static final int POSTS = 40_000;

    @RegisterExtension
    final TestDatabase db = TestDatabase.inMemory(BlogSchema::schema);

    @Test
    void batched_groupLargerThanParameterLimit_loadsInTwoChunks() {
        Rows.insert(db.get(), "Posts", "id, title, published", POSTS, i -> new Object[] {i + 1L, "post" + (i + 1), true});
        long[] commented = {1, 32_766, 32_767, 40_000};
        Rows.insert(db.get(), "Comments", "id, body, approved, postId", commented.length,
            i -> new Object[] {i + 1L, "on " + commented[i], true, commented[i]});
        Rows.insert(db.get(), "Categories", "id, name", 1, i -> new Object[] {1L, "news"});
        Rows.insert(db.get(), "PostCategories", "postId, categoryId", commented.length,
            i -> new Object[] {commented[i], 1L});
        try (Session s = db.open()) {
            List<Post> posts = s.query(Post.class).orderBy("id").list();
            assertThat(posts).hasSize(POSTS);

            assertThat(posts.get(0).getComments()).extracting(Comment::getBody).containsExactly("on 1");
            assertThat(s.stats().statements()).isEqualTo(1 + 2);
            assertThat(posts.get(39_999).getCategories()).extracting(Category::getName).containsExactly("news");
            assertThat(s.stats().statements()).isEqualTo(1 + 2 + 2);

            for (long id : commented) {
                Post post = posts.get((int) id - 1);
                assertThat(post.getComments()).extracting(Comment::getBody).containsExactly("on " + id);
                assertThat(post.getCategories()).hasSize(1);
            }
            assertThat(posts.get(32_767).getComments()).isEmpty();
            assertThat(posts.stream().mapToInt(p -> p.getComments().size()).sum()).isEqualTo(commented.length);
            assertThat(s.stats().statements()).isEqualTo(1 + 2 + 2);
        }
    }
}
