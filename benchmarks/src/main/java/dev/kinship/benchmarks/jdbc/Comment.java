package dev.kinship.benchmarks.jdbc;

/**
 * A row of {@code Comments}, as hand-written JDBC code maps it.
 *
 * @param author the comment's author when the workload loads it, else {@code null}
 */
public record Comment(long id, String body, long postId, Long authorId, User author) {
}
