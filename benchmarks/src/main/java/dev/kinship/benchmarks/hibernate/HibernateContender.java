package dev.kinship.benchmarks.hibernate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;

import dev.kinship.benchmarks.Engine;
import dev.kinship.benchmarks.GraphCounts;
import dev.kinship.benchmarks.Workload;

/**
 * The Hibernate ORM baseline, with three plans: {@link Plan#JOIN_FETCH} in the query,
 * {@link Plan#BATCH} fetching of lazy associations (a separate session factory with
 * {@code default_batch_fetch_size=100}) and {@link Plan#LAZY} (no batch size: one statement
 * per lazy access, the classic N+1). Every method opens a session, loads, walks what its
 * workload reads into {@link GraphCounts}, and closes the session. Statement counts come
 * from Hibernate's statistics ({@code getPrepareStatementCount()}).
 */
public final class HibernateContender implements AutoCloseable {

    /** How associations are fetched. */
    public enum Plan {
        /** {@code join fetch} in the query. */
        JOIN_FETCH,
        /** Lazy, loaded 100 owners at a time ({@code default_batch_fetch_size=100}). */
        BATCH,
        /** Lazy, one statement per owner (N+1). */
        LAZY
    }

    /** The batch size of the {@link Plan#BATCH} session factory. */
    public static final int BATCH_SIZE = 100;

    private static final String POSTS = "select p from Post p order by p.id";

    /** W10's posts: conditions on the post, the author joined for the order by username. */
    private static final String FILTERED_POSTS = "select p from Post p join p.author a"
            + " where a.id = :author and p.published = true and locate(:text, p.title) > 0"
            + " order by a.username, p.id";

    /** W10's comments: the latest of each post, by a window function in a derived table. */
    private static final String LATEST_COMMENTS = "select c from Comment c where c.id in ("
            + "select x.id from (select c2.id as id,"
            + " row_number() over (partition by c2.post.id order by c2.id desc) as rn"
            + " from Comment c2 where c2.post.id in :ids) x where x.rn <= :latest)";

    private final DataSource dataSource;
    private final Engine engine;
    private SessionFactory plain;
    private SessionFactory batched;

    /** A contender reading SQLite through {@code dataSource}; its session factories are built on first use. */
    public HibernateContender(DataSource dataSource) {
        this(dataSource, Engine.SQLITE);
    }

    /** A contender reading {@code engine} through {@code dataSource}, with that database's dialect. */
    public HibernateContender(DataSource dataSource, Engine engine) {
        this.dataSource = dataSource;
        this.engine = engine;
    }

    /** W1: posts with {@code left join fetch p.author}. */
    public GraphCounts postsWithAuthor() {
        return query(plain(), "select p from Post p left join fetch p.author order by p.id", Workload.W1);
    }

    /** W2: posts with comments, by join fetch, batch fetching or N+1. */
    public GraphCounts postsWithComments(Plan plan) {
        return switch (plan) {
            case JOIN_FETCH -> query(plain(), "select p from Post p left join fetch p.comments order by p.id",
                    Workload.W2);
            case BATCH -> query(batched(), POSTS, Workload.W2);
            case LAZY -> query(plain(), POSTS, Workload.W2);
        };
    }

    /** W3: posts with categories, by join fetch, batch fetching or N+1. */
    public GraphCounts postsWithCategories(Plan plan) {
        return switch (plan) {
            case JOIN_FETCH -> query(plain(), "select p from Post p left join fetch p.categories order by p.id",
                    Workload.W3);
            case BATCH -> query(batched(), POSTS, Workload.W3);
            case LAZY -> query(plain(), POSTS, Workload.W3);
        };
    }

    /**
     * W4: Hibernate's usual plan for a whole graph: join fetch the to-one, batch-fetch the
     * collections and the comments' authors (two bags cannot be join-fetched in one query).
     */
    public GraphCounts fullGraph() {
        return query(batched(), "select p from Post p left join fetch p.author order by p.id", Workload.W4);
    }

    /** W6: the W4 graph walked lazily from a plain query, batched or N+1. */
    public GraphCounts lazyWalk(Plan plan) {
        if (plan == Plan.JOIN_FETCH) {
            throw new IllegalArgumentException("W6 walks lazy associations; use Plan.BATCH or Plan.LAZY, not "
                    + plan + ".");
        }
        return query(plan == Plan.BATCH ? batched() : plain(), POSTS, Workload.W6);
    }

    /** W5: {@code session.find} one post, then its comments lazily. */
    public GraphCounts findPostWithComments(long postId) {
        try (Session session = plain().openSession()) {
            Post post = session.find(Post.class, postId);
            if (post == null) {
                throw new IllegalStateException("Post " + postId + " does not exist in the data set.");
            }
            GraphCounts.Tally tally = GraphCounts.tally();
            HibernateGraphWalk.walk(post, Workload.W5, tally);
            return tally.counts();
        }
    }

    /**
     * W10: the posts of one author, published, whose title contains "a" (HQL {@code locate}, which
     * is case-sensitive), ordered by the author's username and id; then the latest
     * {@value Workload#LATEST_COMMENTS} comments of each in one HQL query with
     * {@code row_number() over (partition by …)}. The comments are walked from that result, not
     * from {@code post.getComments()}, which would load every comment.
     */
    public GraphCounts filteredPostsWithLatestComments() {
        GraphCounts.Tally tally = GraphCounts.tally();
        try (Session session = plain().openSession()) {
            List<Post> posts = session.createSelectionQuery(FILTERED_POSTS, Post.class)
                    .setParameter("author", Workload.FILTER_AUTHOR_ID)
                    .setParameter("text", Workload.FILTER_TITLE_CONTAINS)
                    .getResultList();
            Map<Long, List<Comment>> latest = new HashMap<>();
            if (!posts.isEmpty()) {
                List<Long> ids = posts.stream().map(Post::getId).toList();
                List<Comment> comments = session.createSelectionQuery(LATEST_COMMENTS, Comment.class)
                        .setParameter("ids", ids)
                        .setParameter("latest", Workload.LATEST_COMMENTS)
                        .getResultList();
                for (Comment comment : comments) {
                    latest.computeIfAbsent(comment.getPost().getId(), id -> new ArrayList<>()).add(comment);
                }
            }
            for (Post post : posts) {
                tally.post(post.getId(), post.getTitle(), post.getBody(), post.isPublished());
                for (Comment comment : latest.getOrDefault(post.getId(), List.of())) {
                    tally.comment(comment.getId(), comment.getBody());
                }
            }
        }
        return tally.counts();
    }

    /** W7: every post streamed through a regular session (each stays in its persistence context). */
    public GraphCounts streamPosts() {
        GraphCounts.Tally tally = GraphCounts.tally();
        try (Session session = plain().openSession();
             Stream<Post> posts = session.createSelectionQuery(POSTS, Post.class).setFetchSize(500).stream()) {
            posts.forEach(post -> HibernateGraphWalk.walk(post, Workload.W7, tally));
        }
        return tally.counts();
    }

    /** W7: every post streamed through a stateless session (nothing is kept). */
    public GraphCounts streamPostsStateless() {
        GraphCounts.Tally tally = GraphCounts.tally();
        try (StatelessSession session = plain().openStatelessSession();
             Stream<Post> posts = session.createSelectionQuery(POSTS, Post.class).setFetchSize(500).stream()) {
            posts.forEach(post -> HibernateGraphWalk.walk(post, Workload.W7, tally));
        }
        return tally.counts();
    }

    /** Statements prepared so far, over both session factories. */
    public long statements() {
        long count = 0;
        for (SessionFactory factory : built()) {
            count += factory.getStatistics().getPrepareStatementCount();
        }
        return count;
    }

    /** Closes the session factories built so far. */
    @Override
    public void close() {
        for (SessionFactory factory : built()) {
            factory.close();
        }
        plain = null;
        batched = null;
    }

    private GraphCounts query(SessionFactory factory, String hql, Workload workload) {
        GraphCounts.Tally tally = GraphCounts.tally();
        try (Session session = factory.openSession()) {
            List<Post> posts = session.createSelectionQuery(hql, Post.class).getResultList();
            for (Post post : posts) {
                HibernateGraphWalk.walk(post, workload, tally);
            }
        }
        return tally.counts();
    }

    private SessionFactory plain() {
        if (plain == null) {
            plain = HibernateBootstrap.sessionFactory(dataSource, 0, engine);
        }
        return plain;
    }

    private SessionFactory batched() {
        if (batched == null) {
            batched = HibernateBootstrap.sessionFactory(dataSource, BATCH_SIZE, engine);
        }
        return batched;
    }

    private List<SessionFactory> built() {
        return Stream.of(plain, batched).filter(f -> f != null).toList();
    }
}
