package dev.kinship.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kinship.runtime.blog.BlogSchema;
import dev.kinship.runtime.blog.Category;
import dev.kinship.runtime.blog.Comment;
import dev.kinship.runtime.blog.Post;
import dev.kinship.runtime.blog.User;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmokeTest {

    @Test
    void blog_endToEnd() {
        try (Database db = TestDatabases.open(BlogSchema.schema())) {
            assertThat(db.ddl()).anyMatch(sql -> sql.startsWith("CREATE TABLE IF NOT EXISTS \"Posts\""));
            db.sync();
            db.sync();
            try (Session s = db.openSession()) {
                User ada = s.insert(new User("ada", "ada@example.org"));
                assertThat(ada.getId()).isNotNull();
                Category news = s.insert(new Category("news"));
                for (int i = 0; i < 10; i++) {
                    Post p = s.insert(new Post("post " + i, ada.getId()));
                    s.insert(new Comment("c1", p.getId(), ada.getId(), true));
                    s.insert(new Comment("c2", p.getId(), ada.getId(), false));
                    s.toMany(p, "categories").add(news);
                }
            }
            try (Session s = db.openSession()) {
                List<Post> posts = s.query(Post.class).orderBy("id").list();
                long before = s.stats().statements();
                int comments = 0;
                for (Post p : posts) {
                    comments += p.getComments().size();
                    assertThat(p.getAuthor().getUsername()).isEqualTo("ada");
                    assertThat(p.getCategories()).extracting(Category::getName).containsExactly("news");
                }
                assertThat(comments).isEqualTo(20);
                assertThat(s.stats().statements() - before).isEqualTo(3);
                List<Post> eager = s.query(Post.class).include("author")
                    .include("comments", c -> c.include("author").where("approved", true)).limit(5).list();
                assertThat(eager).hasSize(5);
                assertThat(eager.get(0).getComments()).hasSize(1);
                assertThat(s.query(Post.class).count()).isEqualTo(10);
            }
        }
    }
}
