package dev.kinship.benchmarks.jdbc;

import java.util.Collection;

import dev.kinship.benchmarks.GraphCounts;

/** Walks hand-written JDBC objects into {@link GraphCounts}. */
final class JdbcGraphWalk {

    private JdbcGraphWalk() {
    }

    static GraphCounts counts(Collection<Post> posts) {
        GraphCounts.Tally tally = GraphCounts.tally();
        for (Post post : posts) {
            walk(post, tally);
        }
        return tally.counts();
    }

    static void walk(Post post, GraphCounts.Tally tally) {
        tally.post(post.id(), post.title(), post.body(), post.published());
        User author = post.author();
        if (author != null) {
            tally.author(author.id(), author.username(), author.email());
        }
        for (Comment comment : post.comments()) {
            tally.comment(comment.id(), comment.body());
            User commenter = comment.author();
            if (commenter != null) {
                tally.author(commenter.id(), commenter.username(), commenter.email());
            }
        }
        for (Category category : post.categories()) {
            tally.category(category.id(), category.name());
        }
    }
}
