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
 * W5: one post found by id, then its comments navigated; each measured operation finds the
 * next post id, cycling through the data set, so no contender answers from a cache it kept
 * between operations. The trial check uses the middle post for every contender.
 *
 * <p>Kinship's contender goes here as a further method taking the same {@link Data}:
 * {@code w5_kinshipBatched} ({@code session.find(Post.class, data.nextPostId())} then
 * {@code getComments()}), with a matching {@link Operation} in {@link Data#operations()} that
 * uses {@link BlogState#probePostId()}.
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
}
