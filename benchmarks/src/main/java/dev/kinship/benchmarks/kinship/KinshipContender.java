package dev.kinship.benchmarks.kinship;

import static dev.kinship.runtime.Where.eq;
import static dev.kinship.runtime.Where.like;

import dev.kinship.benchmarks.GraphCounts;
import dev.kinship.benchmarks.Workload;
import dev.kinship.dsl.Associations;
import dev.kinship.dsl.Schema;
import dev.kinship.runtime.Database;
import dev.kinship.runtime.LazyLoading;
import dev.kinship.runtime.Query;
import dev.kinship.runtime.Session;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Kinship over the trial's data set: the blog's associations declared once, each operation in a
 * session of its own (as an application would), every loading strategy Kinship offers.
 */
public final class KinshipContender implements AutoCloseable {

    /** How an operation loads the associations its workload reads. */
    public enum Plan {
        /** Includes: to-one joined, to-many one IN-list statement per level. */
        EAGER,
        /** Includes, every one in a statement of its own ({@code separate(true)}). */
        SEPARATE,
        /** A to-many include joined into the posts' statement ({@code separate(false)}). */
        JOINED,
        /** A plain query, then lazy getters, batched per load group. */
        BATCHED,
        /** A plain query, then lazy getters, one statement per access. */
        PER_ENTITY
    }

    /** The blog's associations as the data set's tables hold them. */
    public static Schema schema() {
        return Schema.builder()
            .model(User.class).model(Post.class).model(Comment.class).model(Category.class)
            .associate(Associations.of(Post.class)
                .belongsTo(User.class).foreignKey("authorId").as("author")
                .hasMany(Comment.class).foreignKey("postId").as("comments")
                .belongsToMany(Category.class).through("PostCategories").foreignKey("postId")
                    .otherKey("categoryId").as("categories"))
            .associate(Associations.of(Comment.class)
                .belongsTo(User.class).foreignKey("authorId").as("author"))
            .build();
    }

    private final Database database;
    private long statements;

    public KinshipContender(DataSource dataSource) {
        this.database = Database.connect(dataSource, schema());
    }

    /** The statements every operation so far ran, summed over their sessions. */
    public long statements() {
        return statements;
    }

    /** W1. */
    public GraphCounts postsWithAuthor(Plan plan) {
        return walkPosts(Workload.W1, plan, q -> switch (plan) {
            case EAGER -> q.include("author");
            case SEPARATE -> q.include("author", a -> a.separate(true));
            default -> q;
        });
    }

    /** W2. */
    public GraphCounts postsWithComments(Plan plan) {
        return walkPosts(Workload.W2, plan, q -> switch (plan) {
            case EAGER -> q.include("comments");
            case JOINED -> q.include("comments", c -> c.separate(false));
            default -> q;
        });
    }

    /** W3. */
    public GraphCounts postsWithCategories(Plan plan) {
        return walkPosts(Workload.W3, plan, q -> plan == Plan.EAGER ? q.include("categories") : q);
    }

    /** W4: the full graph, eagerly. */
    public GraphCounts fullGraph() {
        return walkPosts(Workload.W4, Plan.EAGER, q -> q.include("author")
            .include("comments", c -> c.include("author"))
            .include("categories"));
    }

    /** W6: the full graph reached through lazy getters from a plain query. */
    public GraphCounts lazyWalk(Plan plan) {
        return walkPosts(Workload.W6, plan, q -> q);
    }

    /** W5: one post found by id, then its comments. */
    public GraphCounts findPostWithComments(long postId) {
        try (Session s = database.openSession()) {
            GraphCounts.Tally tally = GraphCounts.tally();
            s.find(Post.class, postId).ifPresent(p -> KinshipGraphWalk.walk(p, Workload.W5, tally));
            statements += s.stats().statements();
            return tally.counts();
        }
    }

    /** W8: one post found by id in a new session, nothing navigated. */
    public GraphCounts findPost(long postId) {
        try (Session s = database.openSession()) {
            GraphCounts.Tally tally = GraphCounts.tally();
            s.find(Post.class, postId).ifPresent(p -> KinshipGraphWalk.walk(p, Workload.W8, tally));
            statements += s.stats().statements();
            return tally.counts();
        }
    }

    /** W9: the first {@code limit} posts by id, nothing navigated. */
    public GraphCounts queryPosts(int limit) {
        return walkPosts(Workload.W9, Plan.BATCHED, q -> q.orderBy("id").limit(limit));
    }

    /**
     * W10: a query with conditions (one author, published, title containing "a"), ordered by the
     * author's username through the association, with the latest
     * {@value Workload#LATEST_COMMENTS} comments of each post ({@code include} with
     * {@code orderByDescending("id").limit(3)}).
     */
    public GraphCounts filteredPostsWithLatestComments() {
        return walkPosts(Workload.W10, Plan.EAGER, q -> q
            .where(eq("authorId", Workload.FILTER_AUTHOR_ID), eq("published", true),
                like("title", "%" + Workload.FILTER_TITLE_CONTAINS + "%"))
            .orderBy("author.username").orderBy("id")
            .include("comments", c -> c.orderByDescending("id").limit(Workload.LATEST_COMMENTS)));
    }

    /** W7: every post streamed through one session, none of them kept. */
    public GraphCounts streamPosts() {
        try (Session s = database.openSession()) {
            GraphCounts.Tally tally = GraphCounts.tally();
            try (Stream<Post> posts = s.query(Post.class).stream()) {
                posts.forEach(p -> KinshipGraphWalk.walk(p, Workload.W7, tally));
            }
            statements += s.stats().statements();
            return tally.counts();
        }
    }

    private GraphCounts walkPosts(Workload workload, Plan plan, Function<Query<Post>, Query<Post>> includes) {
        try (Session s = database.openSession()) {
            s.lazyLoading(plan == Plan.PER_ENTITY ? LazyLoading.PER_ENTITY : LazyLoading.BATCHED);
            List<Post> posts = includes.apply(s.query(Post.class)).list();
            GraphCounts.Tally tally = GraphCounts.tally();
            for (Post post : posts) {
                KinshipGraphWalk.walk(post, workload, tally);
            }
            statements += s.stats().statements();
            return tally.counts();
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
