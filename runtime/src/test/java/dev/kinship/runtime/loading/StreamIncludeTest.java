package dev.kinship.runtime.loading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.TestDatabases;
import dev.kinship.runtime.blog.BlogSchema;
import dev.kinship.runtime.blog.Comment;
import dev.kinship.runtime.SqlLog;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A stream reads its roots in chunks of 1,000 and loads each chunk's includes once, for that chunk only. */
class StreamIncludeTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.inMemory(BlogSchema::schema);

    @Test
    void stream_includesBelowAJoinedInclude_loadPerChunkForThatChunksOwners() {
        BlogData.seed(db.get(), 2_500, 1);
        try (SqlLog log = SqlLog.start(); Session s = db.open();
             Stream<Comment> comments = s.query(Comment.class).include("post", p -> p.include("categories"))
                 .orderBy("id").stream()) {
            long categorised = comments.filter(c -> c.getPost().getCategories().size() == 2).count();

            assertThat(categorised).isEqualTo(2_500);
            assertThat(s.stats().statements()).isEqualTo(1 + 3);
            String last = log.last("SELECT j.");
            if (TestDatabases.postgresql()) {
                // the last chunk's 500 owner keys are one array parameter
                assertThat(last).contains("\"postId\" = ANY(?)");
                assertThat(last.chars().filter(c -> c == '?').count()).isEqualTo(1);
            } else {
                // the last chunk's 500 owner keys, padded to the next power of two
                assertThat(last.chars().filter(c -> c == '?').count()).isEqualTo(512);
            }
        }
    }
}
