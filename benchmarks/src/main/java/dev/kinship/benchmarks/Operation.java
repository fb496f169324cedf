package dev.kinship.benchmarks;

import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One contender's way of running one workload, as the trial check sees it: something to run
 * once that returns what it loaded, and the contender's running statement count.
 *
 * @param workload the workload this runs
 * @param contender the contender part of the benchmark method's name, e.g. {@code hibernateBatch}
 *     for {@code w2_hibernateBatch}
 * @param run runs the workload once with the trial's probe arguments
 * @param statements the contender's total statements so far; the check takes differences
 */
public record Operation(Workload workload, String contender, Supplier<GraphCounts> run, LongSupplier statements) {

    /** Checks that nothing is missing. */
    public Operation {
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(contender, "contender");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(statements, "statements");
    }

    /** The benchmark method this operation stands for, e.g. {@code w2_hibernateBatch}. */
    public String methodName() {
        return workload.prefix() + "_" + contender;
    }
}
