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
 * W2, W4, W6, W8 and W10 on PostgreSQL: the same blog, workloads and plans as the SQLite benchmarks,
 * read from a PostgreSQL server over TCP (see {@link PostgresConnections}). Over a socket every
 * statement pays a round trip, so the plans that differ in statement counts (batched against
 * N+1) differ far more here than on SQLite. Hand-written JDBC binds each key list as one array
 * ({@code = ANY(?)}); Hibernate uses its PostgreSQL dialect with the same plans as on SQLite;
 * Kinship reads through {@code Database.connect(dataSource, schema)} with the same plans
 * ({@code include}, joined, BATCHED and PER_ENTITY lazy loading, {@code find}) as on SQLite.
 *
 * <p>Methods are named {@code <workload>_<contender>} as in the SQLite classes; the class name
 * (starting with {@value Engine#POSTGRESQL_CLASS_PREFIX}) puts them in the report's PostgreSQL
 * section. W8 finds the next post id on every operation, cycling through the data set.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PostgresLoadingBenchmark {

    /** The blog at each size in PostgreSQL, with the contenders of W2, W4, W6, W8 and W10. */
    @State(Scope.Benchmark)
    public static class Data extends PostgresBlogState {
        /** Posts in the data set. */
        @Param({"100", "2000"})
        public int posts;

        @Override
        protected int posts() {
            return posts;
        }

        @Override
        protected List<Operation> operations() {
            return List.of(
                    new Operation(Workload.W2, "jdbc", jdbc::postsWithComments, jdbc::statements),
                    new Operation(Workload.W2, "hibernateJoinFetch",
                            () -> hibernate.postsWithComments(Plan.JOIN_FETCH), hibernate::statements),
                    new Operation(Workload.W2, "hibernateBatch",
                            () -> hibernate.postsWithComments(Plan.BATCH), hibernate::statements),
                    new Operation(Workload.W2, "hibernateLazy",
                            () -> hibernate.postsWithComments(Plan.LAZY), hibernate::statements),
                    new Operation(Workload.W4, "jdbc", jdbc::fullGraph, jdbc::statements),
                    new Operation(Workload.W4, "hibernateBatch", hibernate::fullGraph, hibernate::statements),
                    new Operation(Workload.W6, "jdbc", jdbc::fullGraph, jdbc::statements),
                    new Operation(Workload.W6, "hibernateBatch", () -> hibernate.lazyWalk(Plan.BATCH),
                            hibernate::statements),
                    new Operation(Workload.W6, "hibernateLazy", () -> hibernate.lazyWalk(Plan.LAZY),
                            hibernate::statements),
                    new Operation(Workload.W8, "jdbc", () -> jdbc.findPost(probePostId()), jdbc::statements),
                    new Operation(Workload.W10, "jdbc", jdbc::filteredPostsWithLatestComments, jdbc::statements),
                    new Operation(Workload.W10, "hibernate", hibernate::filteredPostsWithLatestComments,
                            hibernate::statements),
                    new Operation(Workload.W10, "kinship", kinship::filteredPostsWithLatestComments,
                            kinship::statements),
                    new Operation(Workload.W2, "kinshipEager",
                            () -> kinship.postsWithComments(KinshipContender.Plan.EAGER), kinship::statements),
                    new Operation(Workload.W2, "kinshipJoined",
                            () -> kinship.postsWithComments(KinshipContender.Plan.JOINED), kinship::statements),
                    new Operation(Workload.W2, "kinshipBatched",
                            () -> kinship.postsWithComments(KinshipContender.Plan.BATCHED), kinship::statements),
                    new Operation(Workload.W2, "kinshipPerEntity",
                            () -> kinship.postsWithComments(KinshipContender.Plan.PER_ENTITY), kinship::statements),
                    new Operation(Workload.W4, "kinshipEager", () -> kinship.fullGraph(), kinship::statements),
                    new Operation(Workload.W6, "kinshipBatched",
                            () -> kinship.lazyWalk(KinshipContender.Plan.BATCHED), kinship::statements),
                    new Operation(Workload.W6, "kinshipPerEntity",
                            () -> kinship.lazyWalk(KinshipContender.Plan.PER_ENTITY), kinship::statements),
                    new Operation(Workload.W8, "kinship", () -> kinship.findPost(probePostId()), kinship::statements));
        }
    }

    /** W2, hand-written: posts, then comments by one array parameter. */
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

    /** W6, hand-written: the W4 plan (three statements). */
    @Benchmark
    public void w6_jdbc(Data data, Blackhole bh) {
        bh.consume(data.jdbc.fullGraph());
    }

    /** W6, Hibernate: lazy associations batch fetched 100 owners at a time. */
    @Benchmark
    public void w6_hibernateBatch(Data data, Blackhole bh) {
        bh.consume(data.hibernate.lazyWalk(Plan.BATCH));
    }

    /** W6, Hibernate: lazy associations, one statement per owner (N+1). */
    @Benchmark
    public void w6_hibernateLazy(Data data, Blackhole bh) {
        bh.consume(data.hibernate.lazyWalk(Plan.LAZY));
    }

    /** W8, hand-written: one post by id. */
    @Benchmark
    public void w8_jdbc(Data data, Blackhole bh) {
        bh.consume(data.jdbc.findPost(data.nextPostId()));
    }

    /** W2, Kinship: include("comments"), one key-list statement. */
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

    /** W4, Kinship: author joined, comments with their authors and categories in one statement each. */
    @Benchmark
    public void w4_kinshipEager(Data data, Blackhole bh) {
        bh.consume(data.kinship.fullGraph());
    }

    /** W6, Kinship: lazy getters batched per load group (the default). */
    @Benchmark
    public void w6_kinshipBatched(Data data, Blackhole bh) {
        bh.consume(data.kinship.lazyWalk(KinshipContender.Plan.BATCHED));
    }

    /** W6, Kinship: lazy getters, one statement per access (N+1). */
    @Benchmark
    public void w6_kinshipPerEntity(Data data, Blackhole bh) {
        bh.consume(data.kinship.lazyWalk(KinshipContender.Plan.PER_ENTITY));
    }

    /** W8, Kinship: find by id in a new session (the identity map is empty, so one statement). */
    @Benchmark
    public void w8_kinship(Data data, Blackhole bh) {
        bh.consume(data.kinship.findPost(data.nextPostId()));
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

    /** W10, Kinship: the query with conditions and the limited include, as on SQLite. */
    @Benchmark
    public void w10_kinship(Data data, Blackhole bh) {
        bh.consume(data.kinship.filteredPostsWithLatestComments());
    }
}
