package dev.kinship.benchmarks.report;

import java.util.OptionalDouble;

import dev.kinship.benchmarks.Engine;
import dev.kinship.benchmarks.Workload;

/**
 * One measured benchmark: a contender on a workload at a size on a database, with its time per operation
 * in microseconds (and the 99.9 % confidence half-width JMH reports as its error), and the
 * bytes it allocated per operation when the run used {@code -prof gc}.
 *
 * @param errorMicros the error of {@code micros}; NaN when JMH could not compute one (a single
 *     measurement iteration)
 */
public record Score(Engine engine, Workload workload, String contender, int posts, double micros,
                    double errorMicros, OptionalDouble allocatedBytes) {

    /** The contender every ratio is taken against. */
    public static final String BASELINE = "jdbc";

    /** Whether this is the hand-written JDBC reference. */
    public boolean isBaseline() {
        return BASELINE.equals(contender);
    }

    /** This time divided by {@code baseline}'s. */
    public double ratioTo(Score baseline) {
        return micros / baseline.micros;
    }

    /**
     * The error of {@link #ratioTo(Score)}, from both relative errors (first-order
     * propagation, treating them as independent); NaN when either error is unknown.
     */
    public double ratioErrorTo(Score baseline) {
        double mine = micros > 0 ? errorMicros / micros : 0;
        double theirs = baseline.micros > 0 ? baseline.errorMicros / baseline.micros : 0;
        return ratioTo(baseline) * Math.sqrt(mine * mine + theirs * theirs);
    }
}
