package dev.kinship.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import dev.kinship.benchmarks.kinship.KinshipContender.Plan;

/**
 * W5: one post found by id, then its comments navigated; W8: one post found by id, nothing
 * navigated; W9: the first 1,000 posts by id, nothing navigated (the cost of mapping rows, the
 * runtime core's target: at most 1.3x hand-written JDBC); W10: a query with conditions (one
 * author's published posts whose title contains "a", ordered by the author's username) with the
 * latest 3 comments of each post (target: at most 1.3x hand-written JDBC). Each measured find takes the next post
 * id, cycling through the data set, so no contender answers from a cache it kept between
 * operations; the trial check uses the middle post for every contender. Kinship opens a new
 * session per operation, as an application would.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class FindAndQueryBenchmark {

    /** The blog at each size, with the contenders of W5. */
    @State(Scope.Benchmark)
    public static class Data extends BlogState {
        /** Posts in the data set. */
        @Param({"100", "2000", "20000"})
        public int posts;

        @Override
        protected int posts() {
            return posts;
        }

        @Override
        protected List<Operation> operations() {
            return List.of(
                    new Operation(Workload.W5, "jdbc", () -> jdbc.findPostWithComments(probePostId()),
                            jdbc::statements),
                    new Operation(Workload.W5, "hibernateLazy",
                            () -> hibernate.findPostWithComments(probePostId()), hibernate::statements),
                    new Operation(Workload.W8, "jdbc", () -> jdbc.findPost(probePostId()), jdbc::statements),
                    new Operation(Workload.W8, "kinship", () -> kinship.findPost(probePostId()), kinship::statements),
                    new Operation(Workload.W9, "jdbc", () -> jdbc.queryPosts(Workload.QUERY_ROWS), jdbc::statements),
                    new Operation(Workload.W9, "kinship", () -> kinship.queryPosts(Workload.QUERY_ROWS),
                            kinship::statements),
                    new Operation(Workload.W10, "jdbc", jdbc::filteredPostsWithLatestComments, jdbc::statements),
                    new Operation(Workload.W10, "hibernate", hibernate::filteredPostsWithLatestComments,
                            hibernate::statements),
                    new Operation(Workload.W10, "kinship", kinship::filteredPostsWithLatestComments,
                            kinship::statements),
                    new Operation(Workload.W5, "kinshipBatched",
                            () -> kinship.findPostWithComments(probePostId()), kinship::statements));
        }
    }

    /** W5, hand-written: the post by id, then its comments by post id. */
    @Benchmark
    public void w5_jdbc(Data data, Blackhole bh) {
        bh.consume(data.jdbc.findPostWithComments(data.nextPostId()));
    }

    /** W5, Hibernate: {@code session.find}, then the lazy comments. */
    @Benchmark
    public void w5_hibernateLazy(Data data, Blackhole bh) {
        bh.consume(data.hibernate.findPostWithComments(data.nextPostId()));
    }

    /** W5, Kinship: find by id (identity map first), then the comments lazily. */
    @Benchmark
    public void w5_kinshipBatched(Data data, Blackhole bh) {
        bh.consume(data.kinship.findPostWithComments(data.nextPostId()));
    }

    /** W8, hand-written: one post by id. */
    @Benchmark
    public void w8_jdbc(Data data, Blackhole bh) {
        bh.consume(data.jdbc.findPost(data.nextPostId()));
    }

    /** W8, Kinship: find by id in a new session (the identity map is empty, so one statement). */
    @Benchmark
    public void w8_kinship(Data data, Blackhole bh) {
        bh.consume(data.kinship.findPost(data.nextPostId()));
    }

    /** W9, hand-written: the first 1,000 posts. */
    @Benchmark
    public void w9_jdbc(Data data, Blackhole bh) {
        bh.consume(data.jdbc.queryPosts(Workload.QUERY_ROWS));
    }

    /** W9, Kinship: query(Post.class).orderBy("id").limit(1000).list(). */
    @Benchmark
    public void w9_kinship(Data data, Blackhole bh) {
        bh.consume(data.kinship.queryPosts(Workload.QUERY_ROWS));
    }

    /** W10, hand-written: the filtered posts joined with their author, then a window over their comments. */
    @Benchmark
    public void w10_jdbc(Data data, Blackhole bh) {
        bh.consume(data.jdbc.filteredPostsWithLatestComments());
    }

    /** W10, Hibernate: HQL for the posts, then HQL with row_number() for the comments. */
    @Benchmark
    public void w10_hibernate(Data data, Blackhole bh) {
        bh.consume(data.hibernate.filteredPostsWithLatestComments());
    }

    /**
     * W10, Kinship: query(Post.class).where(eq, eq, like).orderBy("author.username").orderBy("id")
     * .include("comments", c -> c.orderByDescending("id").limit(3)).list().
     */
    @Benchmark
    public void w10_kinship(Data data, Blackhole bh) {
        bh.consume(data.kinship.filteredPostsWithLatestComments());
    }
}
