package dev.kinship.benchmarks.kinship;

import dev.kinship.benchmarks.GraphCounts;
import dev.kinship.benchmarks.Workload;

/**
 * Walks Kinship entities into {@link GraphCounts}, touching exactly what the workload reads,
 * through the getters: an association the plan did not load is loaded lazily here.
 */
final class KinshipGraphWalk {

    private KinshipGraphWalk() {
    }

    static void walk(Post post, Workload workload, GraphCounts.Tally tally) {
        tally.post(post.getId(), post.getTitle(), post.getBody(), post.isPublished());
        if (workload.readsAuthor()) {
            author(post.getAuthor(), tally);
        }
        if (workload.readsComments()) {
            for (Comment comment : post.getComments()) {
                tally.comment(comment.getId(), comment.getBody());
                if (workload.readsCommentAuthors()) {
                    author(comment.getAuthor(), tally);
                }
            }
        }
        if (workload.readsCategories()) {
            for (Category category : post.getCategories()) {
                tally.category(category.getId(), category.getName());
            }
        }
    }

    private static void author(User author, GraphCounts.Tally tally) {
        if (author != null) {
            tally.author(author.getId(), author.getUsername(), author.getEmail());
        }
    }
}
