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
 * W6: a plain query for every post, then the W4 graph (author, comments with their authors,
 * categories) reached by walking lazy associations. Hand-written JDBC has no lazy loading:
 * its entry is its W4 plan, the floor the lazy plans are compared with.
 *
 * <p>Kinship's contenders go here as further methods taking the same {@link Data}:
 * {@code w6_kinshipBatched} ({@code LazyLoading.BATCHED}) and {@code w6_kinshipPerEntity}
 * ({@code LazyLoading.PER_ENTITY}), each with a matching {@link Operation} in
 * {@link Data#operations()}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class LazyNavigationBenchmark {

    /** The blog at each size, with the contenders of W6. */
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
                    new Operation(Workload.W6, "jdbc", jdbc::fullGraph, jdbc::statements),
                    new Operation(Workload.W6, "hibernateBatch", () -> hibernate.lazyWalk(Plan.BATCH),
                            hibernate::statements),
                    new Operation(Workload.W6, "hibernateLazy", () -> hibernate.lazyWalk(Plan.LAZY),
                            hibernate::statements),
                    new Operation(Workload.W6, "kinshipBatched",
                            () -> kinship.lazyWalk(KinshipContender.Plan.BATCHED), kinship::statements),
                    new Operation(Workload.W6, "kinshipPerEntity",
                            () -> kinship.lazyWalk(KinshipContender.Plan.PER_ENTITY), kinship::statements));
        }
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
}
