package dev.kinship.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.annotations.Benchmark;

import dev.kinship.benchmarks.report.StatementCountsFile;

/**
 * Runs the trial check of every workload once on a small data set, outside JMH: every
 * contender must load the same graph, and every benchmark method must have its operation.
 */
class ContendersAgreeTest {

    @TempDir
    Path results;

    @Test
    void trialCheck_everyWorkload_contendersAgreeAndCountsAreRecorded() throws Exception {
        List<BlogState> states = List.of(new EagerLoadingBenchmark.Data(), new LazyNavigationBenchmark.Data(),
                new FindAndQueryBenchmark.Data(), new StreamingBenchmark.Data());
        for (BlogState state : states) {
            state.getClass().getField("posts").setInt(state, 100);
        }
        BlogState shared = states.get(0);
        shared.dataSet = BlogDataSet.create(100);
        try {
            shared.open();
            for (BlogState state : states) {
                state.dataSet = shared.dataSet;
                state.dataSource = shared.dataSource;
                state.jdbc = shared.jdbc;
                state.hibernate = shared.hibernate;
                state.kinship = shared.kinship;
                for (Workload workload : Workload.values()) {
                    List<Operation> operations = state.operations().stream()
                            .filter(o -> o.workload() == workload).toList();
                    if (!operations.isEmpty()) {
                        TrialCheck.run(Engine.SQLITE, workload, 100, state.expectedCounts(workload), operations,
                                results);
                    }
                }
            }
        } finally {
            shared.tearDown();
        }
        StatementCountsFile counts = StatementCountsFile.read(results.resolve(StatementCountsFile.NAME));
        assertThat(counts.get(Workload.W1, 100, "jdbc")).hasValue(1);
        assertThat(counts.get(Workload.W2, 100, "jdbc")).hasValue(2);
        assertThat(counts.get(Workload.W2, 100, "hibernateLazy")).hasValue(101);
        assertThat(counts.get(Workload.W4, 100, "jdbc")).hasValue(3);
        assertThat(counts.get(Workload.W5, 100, "jdbc")).hasValue(2);
        assertThat(counts.get(Workload.W7, 100, "jdbc")).hasValue(1);
        assertThat(counts.get(Workload.W1, 100, "kinshipEager")).hasValue(1);
        assertThat(counts.get(Workload.W2, 100, "kinshipBatched")).hasValue(2);
        assertThat(counts.get(Workload.W2, 100, "kinshipJoined")).hasValue(1);
        assertThat(counts.get(Workload.W2, 100, "kinshipPerEntity")).hasValue(101);
        assertThat(counts.get(Workload.W4, 100, "kinshipEager")).hasValue(3);
        assertThat(counts.get(Workload.W6, 100, "kinshipBatched")).hasValue(5);
        assertThat(counts.get(Workload.W6, 100, "kinshipPerEntity")).hasValue(251);
        assertThat(counts.get(Workload.W7, 100, "kinshipStream")).hasValue(1);
        assertThat(counts.get(Workload.W10, 100, "jdbc")).hasValue(2);
        assertThat(counts.get(Workload.W10, 100, "hibernate")).hasValue(2);
        assertThat(counts.get(Workload.W10, 100, "kinship")).hasValue(2);
    }

    @Test
    void trialCheck_w10At2000Posts_contendersAgreeOnTheFilteredPostsAndTheirLatestComments() throws Exception {
        FindAndQueryBenchmark.Data state = new FindAndQueryBenchmark.Data();
        state.posts = 2000;
        state.prepareDataSet();
        try {
            state.open();
            GraphCounts expected = state.expectedCounts(Workload.W10);
            assertThat(expected.posts()).as("W10 must match some posts").isPositive().isLessThan(2000);
            assertThat(expected.comments()).isEqualTo(expected.posts() * Workload.LATEST_COMMENTS);
            List<Operation> operations = state.operations().stream()
                    .filter(o -> o.workload() == Workload.W10).toList();
            assertThat(operations).extracting(Operation::contender).containsExactly("jdbc", "hibernate", "kinship");
            Map<String, Long> statements = TrialCheck.run(Engine.SQLITE, Workload.W10, 2000, expected, operations,
                    results);
            assertThat(statements).containsEntry("jdbc", 2L).containsEntry("hibernate", 2L)
                    .containsEntry("kinship", 2L);
        } finally {
            state.tearDown();
        }
    }

    @Test
    void benchmarkMethods_eachHasAnOperationOfItsState() throws SQLException {
        Map<Class<?>, BlogState> states = Map.of(
                EagerLoadingBenchmark.class, new EagerLoadingBenchmark.Data(),
                LazyNavigationBenchmark.class, new LazyNavigationBenchmark.Data(),
                FindAndQueryBenchmark.class, new FindAndQueryBenchmark.Data(),
                StreamingBenchmark.class, new StreamingBenchmark.Data());
        for (Map.Entry<Class<?>, BlogState> entry : states.entrySet()) {
            BlogState state = entry.getValue();
            state.dataSet = BlogDataSet.create(3);
            try {
                state.open();
                Set<String> operations = state.operations().stream().map(Operation::methodName)
                        .collect(Collectors.toSet());
                Set<String> methods = Stream.of(entry.getKey().getMethods())
                        .filter(m -> m.isAnnotationPresent(Benchmark.class)).map(Method::getName)
                        .collect(Collectors.toSet());
                assertThat(operations).as(entry.getKey().getSimpleName()).isEqualTo(methods);
            } finally {
                state.tearDown();
            }
        }
    }

    @Test
    void trialCheck_postgresql_contendersAgreeAndEveryMethodHasAnOperation() throws Exception {
        PostgresServer.assumeAvailable();
        PostgresLoadingBenchmark.Data state = new PostgresLoadingBenchmark.Data();
        state.posts = 100;
        state.prepareDataSet();
        try {
            state.open();
            for (Workload workload : Workload.values()) {
                List<Operation> operations = state.operations().stream()
                        .filter(o -> o.workload() == workload).toList();
                if (!operations.isEmpty()) {
                    TrialCheck.run(Engine.POSTGRESQL, workload, 100, state.expectedCounts(workload), operations,
                            results);
                }
            }
            Set<String> methods = Stream.of(PostgresLoadingBenchmark.class.getMethods())
                    .filter(m -> m.isAnnotationPresent(Benchmark.class)).map(Method::getName)
                    .collect(Collectors.toSet());
            assertThat(state.operations().stream().map(Operation::methodName).collect(Collectors.toSet()))
                    .isEqualTo(methods);
        } finally {
            state.tearDown();
        }
        StatementCountsFile counts = StatementCountsFile.read(
                results.resolve(StatementCountsFile.fileName(Engine.POSTGRESQL)));
        assertThat(counts.get(Workload.W2, 100, "jdbc")).hasValue(2);
        assertThat(counts.get(Workload.W2, 100, "hibernateBatch")).hasValue(2);
        assertThat(counts.get(Workload.W2, 100, "hibernateLazy")).hasValue(101);
        assertThat(counts.get(Workload.W4, 100, "jdbc")).hasValue(3);
        assertThat(counts.get(Workload.W6, 100, "hibernateLazy")).hasValue(251);
        assertThat(counts.get(Workload.W8, 100, "jdbc")).hasValue(1);
        assertThat(counts.get(Workload.W2, 100, "kinshipEager")).hasValue(2);
        assertThat(counts.get(Workload.W2, 100, "kinshipJoined")).hasValue(1);
        assertThat(counts.get(Workload.W2, 100, "kinshipBatched")).hasValue(2);
        assertThat(counts.get(Workload.W2, 100, "kinshipPerEntity")).hasValue(101);
        assertThat(counts.get(Workload.W4, 100, "kinshipEager")).hasValue(3);
        assertThat(counts.get(Workload.W6, 100, "kinshipBatched")).hasValue(5);
        assertThat(counts.get(Workload.W6, 100, "kinshipPerEntity")).hasValue(251);
        assertThat(counts.get(Workload.W8, 100, "kinship")).hasValue(1);
        assertThat(counts.get(Workload.W10, 100, "jdbc")).hasValue(2);
        assertThat(counts.get(Workload.W10, 100, "hibernate")).hasValue(2);
        assertThat(counts.get(Workload.W10, 100, "kinship")).hasValue(2);
        assertThat(results.resolve(StatementCountsFile.NAME)).doesNotExist();
    }

    @Test
    void trialCheck_contenderLoadingLess_failsTheTrial() {
        GraphCounts right = new GraphCounts(100, 0, 0, 100, 7);
        GraphCounts wrong = new GraphCounts(99, 0, 0, 99, 7);
        List<Operation> operations = List.of(
                new Operation(Workload.W1, "jdbc", () -> right, () -> 0),
                new Operation(Workload.W1, "broken", () -> wrong, () -> 0));
        assertThatThrownBy(() -> TrialCheck.run(Engine.SQLITE, Workload.W1, 100, operations, results))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("W1 posts + author at 100 posts: contender 'broken' returned " + wrong
                        + " but the data set holds GraphCounts[posts=100, comments=0, categoryLinks=0, authors=100,"
                        + " checksum=0]. It loads a different graph; fix its query or walk before comparing times.");
    }
}
