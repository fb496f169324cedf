package dev.kinship.benchmarks;

import java.util.Locale;
import java.util.Optional;

/**
 * The workloads of the suite, and what each one reads from every post it loads: a contender's
 * walk touches exactly these associations, so lazy and eager plans do the same work.
 *
 * <p>A benchmark method is named {@code <workload>_<contender>}
 * (for example {@code w2_hibernateBatch}), which is how validation, statement counts and the
 * report tie a measured time to its workload and contender.
 */
public enum Workload {
    /** All posts, each with its author (a to-one). */
    W1("posts + author", true, false, false, false),
    /** All posts, each with its comments (a one-to-many). */
    W2("posts + comments", false, true, false, false),
    /** All posts, each with its categories (a many-to-many through PostCategories). */
    W3("posts + categories", false, false, false, true),
    /** All posts with author, comments with their authors, and categories, loaded eagerly. */
    W4("full graph", true, true, true, true),
    /** One post found by id, then its comments navigated. */
    W5("find post, then comments", false, true, false, false),
    /** The W4 graph reached by walking lazy associations from a plain query for posts. */
    W6("lazy walk of full graph", true, true, true, true),
    /** Every post streamed through one session, none of them kept. */
    W7("stream all posts", false, false, false, false),
    /** One post found by id, nothing navigated: the cost of a lookup and of mapping one row. */
    W8("find a post by id", false, false, false, false),
    /** The first 1,000 posts by id, nothing navigated: the cost of mapping rows. */
    W9("query 1,000 posts", false, false, false, false),
    /**
     * A query with conditions: the published posts of one author whose title contains "a"
     * (case-sensitive), ordered by the author's username and id, each with its latest 3 comments.
     */
    W10("filtered query + latest 3 comments", false, true, false, false);

    /** The rows W9 reads (fewer when the data set is smaller). */
    public static final int QUERY_ROWS = 1_000;

    /** The author whose posts W10 reads (a fixed one, so every contender reads the same rows). */
    public static final long FILTER_AUTHOR_ID = 1L;

    /** The text W10's titles must contain, case-sensitively ({@code title LIKE '%a%'}). */
    public static final String FILTER_TITLE_CONTAINS = "a";

    /** The comments W10 keeps per post: those with the highest ids. */
    public static final int LATEST_COMMENTS = 3;

    private final String title;
    private final boolean author;
    private final boolean comments;
    private final boolean commentAuthors;
    private final boolean categories;

    Workload(String title, boolean author, boolean comments, boolean commentAuthors, boolean categories) {
        this.title = title;
        this.author = author;
        this.comments = comments;
        this.commentAuthors = commentAuthors;
        this.categories = categories;
    }

    /** Whether the workload reads each post's author. */
    public boolean readsAuthor() {
        return author;
    }

    /** Whether the workload reads each post's comments. */
    public boolean readsComments() {
        return comments;
    }

    /** Whether the workload reads the author of each comment. */
    public boolean readsCommentAuthors() {
        return commentAuthors;
    }

    /** Whether the workload reads each post's categories. */
    public boolean readsCategories() {
        return categories;
    }

    /** A short human-readable description, e.g. {@code posts + author}. */
    public String title() {
        return title;
    }

    /** The prefix of benchmark method names for this workload, e.g. {@code w1}. */
    public String prefix() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The label used in tables and charts, e.g. {@code W1 posts + author}. */
    public String label() {
        return name() + " " + title;
    }

    /**
     * The workload a benchmark method belongs to, from its simple or fully qualified name.
     *
     * @param benchmarkMethod e.g. {@code w2_jdbc} or {@code dev.kinship.benchmarks.EagerLoadingBenchmark.w2_jdbc}
     * @return the workload, or empty when the name does not follow {@code <workload>_<contender>}
     */
    public static Optional<Workload> ofMethod(String benchmarkMethod) {
        String simple = simpleName(benchmarkMethod);
        int underscore = simple.indexOf('_');
        if (underscore <= 0) {
            return Optional.empty();
        }
        String prefix = simple.substring(0, underscore);
        for (Workload workload : values()) {
            if (workload.prefix().equals(prefix)) {
                return Optional.of(workload);
            }
        }
        return Optional.empty();
    }

    /**
     * The contender part of a benchmark method name: {@code hibernateBatch} for
     * {@code w2_hibernateBatch}.
     *
     * @throws IllegalArgumentException when the name does not follow {@code <workload>_<contender>}
     */
    public static String contenderOf(String benchmarkMethod) {
        String simple = simpleName(benchmarkMethod);
        int underscore = simple.indexOf('_');
        if (underscore <= 0 || underscore == simple.length() - 1 || ofMethod(simple).isEmpty()) {
            throw new IllegalArgumentException("Benchmark method '" + benchmarkMethod
                    + "' does not follow the naming '<workload>_<contender>' (e.g. 'w1_jdbc'). "
                    + "Rename it so its times can be tied to a workload and a contender.");
        }
        return simple.substring(underscore + 1);
    }

    private static String simpleName(String benchmarkMethod) {
        return benchmarkMethod.substring(benchmarkMethod.lastIndexOf('.') + 1);
    }
}
