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
 * W7: one session streams every post of the 20,000-post data set and keeps none of them.
 * Memory is the point: run with {@code -prof gc} and read {@code gc.alloc.rate.norm} (bytes
 * allocated per operation) next to the time.
 *
 * <p>Kinship's contender goes here as a further method taking the same {@link Data}:
 * {@code w7_kinshipStream} ({@code session.query(Post.class).orderBy("id").stream()}), with a
 * matching {@link Operation} in {@link Data#operations()}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class StreamingBenchmark {

    /** The 20,000-post blog, with the contenders of W7. */
    @State(Scope.Benchmark)
    public static class Data extends BlogState {
        /** Posts in the data set. */
        @Param({"20000"})
        public int posts;

        @Override
        protected int posts() {
            return posts;
        }

        @Override
        protected List<Operation> operations() {
            return List.of(
                    new Operation(Workload.W7, "jdbc", jdbc::streamPosts, jdbc::statements),
                    new Operation(Workload.W7, "hibernateStream", hibernate::streamPosts, hibernate::statements),
                    new Operation(Workload.W7, "hibernateStateless", hibernate::streamPostsStateless,
                            hibernate::statements),
                    new Operation(Workload.W7, "kinshipStream",
                            () -> kinship.streamPosts(), kinship::statements));
        }
    }

    /** W7, hand-written: one forward-only result set, one object per row, none kept. */
    @Benchmark
    public void w7_jdbc(Data data, Blackhole bh) {
        bh.consume(data.jdbc.streamPosts());
    }

    /** W7, Hibernate: {@code stream()} in a regular session (its persistence context keeps every post). */
    @Benchmark
    public void w7_hibernateStream(Data data, Blackhole bh) {
        bh.consume(data.hibernate.streamPosts());
    }

    /** W7, Hibernate: {@code stream()} in a stateless session. */
    @Benchmark
    public void w7_hibernateStateless(Data data, Blackhole bh) {
        bh.consume(data.hibernate.streamPostsStateless());
    }

    /** W7, Kinship: query(...).stream(), read as consumed, weakly held identity map. */
    @Benchmark
    public void w7_kinshipStream(Data data, Blackhole bh) {
        bh.consume(data.kinship.streamPosts());
    }
}
