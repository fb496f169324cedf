package dev.kinship.benchmarks;

/**
 * What each workload must load from a data set, known from how the data set is generated:
 * the trial check compares every contender, hand-written JDBC included, against these.
 */
final class ExpectedCounts {

    private ExpectedCounts() {
    }

    /**
     * The counts (without checksum, which only contenders can agree on) a workload must
     * return on a data set of {@code posts} posts.
     */
    static GraphCounts of(Workload workload, int posts) {
        long comments = (long) posts * BlogDataSet.COMMENTS_PER_POST;
        long links = (long) posts * BlogDataSet.CATEGORIES_PER_POST;
        return switch (workload) {
            case W1 -> new GraphCounts(posts, 0, 0, posts, 0);
            case W2 -> new GraphCounts(posts, comments, 0, 0, 0);
            case W3 -> new GraphCounts(posts, 0, links, 0, 0);
            case W4, W6 -> new GraphCounts(posts, comments, links, posts + comments, 0);
            case W5 -> new GraphCounts(1, BlogDataSet.COMMENTS_PER_POST, 0, 0, 0);
            case W7 -> new GraphCounts(posts, 0, 0, 0, 0);
            case W8 -> new GraphCounts(1, 0, 0, 0, 0);
            case W9 -> new GraphCounts(Math.min(posts, Workload.QUERY_ROWS), 0, 0, 0, 0);
        };
    }

    /** Whether {@code actual} matches {@code expected} on every count but the checksum. */
    static boolean matches(GraphCounts expected, GraphCounts actual) {
        return expected.posts() == actual.posts()
                && expected.comments() == actual.comments()
                && expected.categoryLinks() == actual.categoryLinks()
                && expected.authors() == actual.authors();
    }
}
