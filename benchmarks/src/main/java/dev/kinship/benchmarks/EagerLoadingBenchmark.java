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

import dev.kinship.benchmarks.hibernate.HibernateContender.Plan;
import dev.kinship.benchmarks.kinship.KinshipContender;

/**
 * W1–W4: every post loaded with one level of associations, or the full graph, by the plan
 * each contender would choose to load it up front.
 *
 * <p>Kinship's contenders go here as further methods taking the same {@link Data}, named
 * {@code w<N>_<contender>} (e.g. {@code w1_kinshipEager} for {@code include("author")},
 * {@code w2_kinshipBatched} / {@code w2_kinshipPerEntity} for lazy loading in BATCHED /
 * PER_ENTITY mode), each with a matching {@link Operation} in {@link Data#operations()} so
 * the trial check compares it with the others and records its statement count.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class EagerLoadingBenchmark {

    /** The blog at each size, with the contenders of W1–W4. */
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
                    new Operation(Workload.W1, "jdbc", jdbc::postsWithAuthor, jdbc::statements),
                    new Operation(Workload.W1, "hibernateJoinFetch", hibernate::postsWithAuthor,
                            hibernate::statements),
                    new Operation(Workload.W2, "jdbc", jdbc::postsWithComments, jdbc::statements),
                    new Operation(Workload.W2, "hibernateJoinFetch",
                            () -> hibernate.postsWithComments(Plan.JOIN_FETCH), hibernate::statements),
                    new Operation(Workload.W2, "hibernateBatch",
                            () -> hibernate.postsWithComments(Plan.BATCH), hibernate::statements),
                    new Operation(Workload.W2, "hibernateLazy",
                            () -> hibernate.postsWithComments(Plan.LAZY), hibernate::statements),
                    new Operation(Workload.W3, "jdbc", jdbc::postsWithCategories, jdbc::statements),
                    new Operation(Workload.W3, "hibernateJoinFetch",
                            () -> hibernate.postsWithCategories(Plan.JOIN_FETCH), hibernate::statements),
                    new Operation(Workload.W3, "hibernateBatch",
                            () -> hibernate.postsWithCategories(Plan.BATCH), hibernate::statements),
                    new Operation(Workload.W4, "jdbc", jdbc::fullGraph, jdbc::statements),
                    new Operation(Workload.W4, "hibernateBatch", hibernate::fullGraph, hibernate::statements),
                    new Operation(Workload.W1, "kinshipEager",
                            () -> kinship.postsWithAuthor(KinshipContender.Plan.EAGER), kinship::statements),
                    new Operation(Workload.W1, "kinshipSeparate",
                            () -> kinship.postsWithAuthor(KinshipContender.Plan.SEPARATE), kinship::statements),
                    new Operation(Workload.W1, "kinshipBatched",
                            () -> kinship.postsWithAuthor(KinshipContender.Plan.BATCHED), kinship::statements),
                    new Operation(Workload.W2, "kinshipEager",
                            () -> kinship.postsWithComments(KinshipContender.Plan.EAGER), kinship::statements),
                    new Operation(Workload.W2, "kinshipJoined",
                            () -> kinship.postsWithComments(KinshipContender.Plan.JOINED), kinship::statements),
                    new Operation(Workload.W2, "kinshipBatched",
                            () -> kinship.postsWithComments(KinshipContender.Plan.BATCHED), kinship::statements),
                    new Operation(Workload.W2, "kinshipPerEntity",
                            () -> kinship.postsWithComments(KinshipContender.Plan.PER_ENTITY), kinship::statements),
                    new Operation(Workload.W3, "kinshipEager",
                            () -> kinship.postsWithCategories(KinshipContender.Plan.EAGER), kinship::statements),
                    new Operation(Workload.W3, "kinshipBatched",
                            () -> kinship.postsWithCategories(KinshipContender.Plan.BATCHED), kinship::statements),
                    new Operation(Workload.W4, "kinshipEager",
                            () -> kinship.fullGraph(), kinship::statements));
        }
    }

    /** W1, hand-written: posts JOIN users. */
    @Benchmark
    public void w1_jdbc(Data data, Blackhole bh) {
        bh.consume(data.jdbc.postsWithAuthor());
    }

    /** W1, Hibernate: {@code left join fetch p.author}. */
    @Benchmark
    public void w1_hibernateJoinFetch(Data data, Blackhole bh) {
        bh.consume(data.hibernate.postsWithAuthor());
    }

    /** W2, hand-written: posts, then comments by one IN list. */
    @Benchmark
    public void w2_jdbc(Data data, Blackhole bh) {
        bh.consume(data.jdbc.postsWithComments());
    }

    /** W2, Hibernate: {@code left join fetch p.comments}. */
    @Benchmark
    public void w2_hibernateJoinFetch(Data data, Blackhole bh) {
        bh.consume(data.hibernate.postsWithComments(Plan.JOIN_FETCH));
    }

    /** W2, Hibernate: lazy comments, batch fetched 100 posts at a time. */
    @Benchmark
    public void w2_hibernateBatch(Data data, Blackhole bh) {
        bh.consume(data.hibernate.postsWithComments(Plan.BATCH));
    }

    /** W2, Hibernate: lazy comments, one statement per post (N+1). */
    @Benchmark
    public void w2_hibernateLazy(Data data, Blackhole bh) {
        bh.consume(data.hibernate.postsWithComments(Plan.LAZY));
    }

    /** W3, hand-written: posts, then PostCategories CROSS JOIN Categories by one IN list. */
    @Benchmark
    public void w3_jdbc(Data data, Blackhole bh) {
        bh.consume(data.jdbc.postsWithCategories());
    }

    /** W3, Hibernate: {@code left join fetch p.categories}. */
    @Benchmark
    public void w3_hibernateJoinFetch(Data data, Blackhole bh) {
        bh.consume(data.hibernate.postsWithCategories(Plan.JOIN_FETCH));
    }

    /** W3, Hibernate: lazy categories, batch fetched 100 posts at a time. */
    @Benchmark
    public void w3_hibernateBatch(Data data, Blackhole bh) {
        bh.consume(data.hibernate.postsWithCategories(Plan.BATCH));
    }

    /** W4, hand-written: three statements. */
    @Benchmark
    public void w4_jdbc(Data data, Blackhole bh) {
        bh.consume(data.jdbc.fullGraph());
    }

    /** W4, Hibernate: join fetch of the author, batch fetching for the rest. */
    @Benchmark
    public void w4_hibernateBatch(Data data, Blackhole bh) {
        bh.consume(data.hibernate.fullGraph());
    }

    /** W1, Kinship: include("author"), a LEFT JOIN. */
    @Benchmark
    public void w1_kinshipEager(Data data, Blackhole bh) {
        bh.consume(data.kinship.postsWithAuthor(KinshipContender.Plan.EAGER));
    }

    /** W1, Kinship: include("author") with separate(true), an IN-list statement. */
    @Benchmark
    public void w1_kinshipSeparate(Data data, Blackhole bh) {
        bh.consume(data.kinship.postsWithAuthor(KinshipContender.Plan.SEPARATE));
    }

    /** W1, Kinship: a plain query, then lazy getters batched per load group. */
    @Benchmark
    public void w1_kinshipBatched(Data data, Blackhole bh) {
        bh.consume(data.kinship.postsWithAuthor(KinshipContender.Plan.BATCHED));
    }

    /** W2, Kinship: include("comments"), one IN-list statement. */
    @Benchmark
    public void w2_kinshipEager(Data data, Blackhole bh) {
        bh.consume(data.kinship.postsWithComments(KinshipContender.Plan.EAGER));
    }

    /** W2, Kinship: include("comments") with separate(false), joined and deduplicated. */
    @Benchmark
    public void w2_kinshipJoined(Data data, Blackhole bh) {
        bh.consume(data.kinship.postsWithComments(KinshipContender.Plan.JOINED));
    }

    /** W2, Kinship: a plain query, then lazy getters batched per load group. */
    @Benchmark
    public void w2_kinshipBatched(Data data, Blackhole bh) {
        bh.consume(data.kinship.postsWithComments(KinshipContender.Plan.BATCHED));
    }

    /** W2, Kinship: a plain query, then one statement per getter (N+1). */
    @Benchmark
    public void w2_kinshipPerEntity(Data data, Blackhole bh) {
        bh.consume(data.kinship.postsWithComments(KinshipContender.Plan.PER_ENTITY));
    }

    /** W3, Kinship: include("categories"), one IN-list statement through the join table. */
    @Benchmark
    public void w3_kinshipEager(Data data, Blackhole bh) {
        bh.consume(data.kinship.postsWithCategories(KinshipContender.Plan.EAGER));
    }

    /** W3, Kinship: a plain query, then lazy getters batched per load group. */
    @Benchmark
    public void w3_kinshipBatched(Data data, Blackhole bh) {
        bh.consume(data.kinship.postsWithCategories(KinshipContender.Plan.BATCHED));
    }

    /** W4, Kinship: author joined, comments with their authors and categories in one statement each. */
    @Benchmark
    public void w4_kinshipEager(Data data, Blackhole bh) {
        bh.consume(data.kinship.fullGraph());
    }
}
