package dev.kinship.benchmarks;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kinship.benchmarks.report.StatementCountsFile;

/**
 * The once-per-trial check: runs every contender's operation for the trial's workload twice,
 * fails the trial unless all of them load what the data set holds and agree with each other
 * (counts and checksum), and records each contender's statements per operation (from the
 * second run, once one-time work is done) in {@code statement-counts.json}
 * ({@code statement-counts-postgresql.json} for PostgreSQL).
 */
final class TrialCheck {

    private TrialCheck() {
    }

    /**
     * @return statements per operation by contender, in the order of {@code operations}
     * @throws IllegalStateException when a contender loads a different graph
     */
    static Map<String, Long> run(Engine engine, Workload workload, int posts, List<Operation> operations,
                                 Path resultsDir) {
        return run(engine, workload, posts, ExpectedCounts.of(workload, posts), operations, resultsDir);
    }

    /**
     * As {@link #run(Engine, Workload, int, List, Path)}, against counts read from the data set
     * (for a workload whose counts depend on the rows its conditions match, such as W10).
     */
    static Map<String, Long> run(Engine engine, Workload workload, int posts, GraphCounts expected,
                                 List<Operation> operations, Path resultsDir) {
        if (operations.isEmpty()) {
            throw new IllegalStateException("No contender is registered for " + workload.label()
                    + ". Add its operations to the state's operations() list.");
        }
        Operation reference = operations.get(0);
        GraphCounts referenceCounts = null;
        Map<String, Long> statements = new LinkedHashMap<>();
        for (Operation operation : operations) {
            GraphCounts first = operation.run().get();
            long before = operation.statements().getAsLong();
            GraphCounts second = operation.run().get();
            long used = operation.statements().getAsLong() - before;
            if (!ExpectedCounts.matches(expected, first)) {
                throw mismatch(workload, posts, operation, first, "the data set holds", expected);
            }
            if (!first.equals(second)) {
                throw mismatch(workload, posts, operation, second, "its own first run returned", first);
            }
            if (referenceCounts == null) {
                referenceCounts = first;
            } else if (!referenceCounts.equals(first)) {
                throw mismatch(workload, posts, operation, first, "'" + reference.contender() + "' returned",
                        referenceCounts);
            }
            statements.put(operation.contender(), used);
        }
        System.out.println("Checked " + workload.label() + " at " + posts + " posts on " + engine.label() + ": "
                + referenceCounts + "; statements per operation " + statements);
        StatementCountsFile.upsert(resultsDir.resolve(StatementCountsFile.fileName(engine)), workload, posts,
                statements);
        return statements;
    }

    private static IllegalStateException mismatch(Workload workload, int posts, Operation operation,
                                                  GraphCounts actual, String what, GraphCounts wanted) {
        return new IllegalStateException(workload.label() + " at " + posts + " posts: contender '"
                + operation.contender() + "' returned " + actual + " but " + what + " " + wanted
                + ". It loads a different graph; fix its query or walk before comparing times.");
    }
}
