package dev.kinship.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kinship.benchmarks.Engine;
import dev.kinship.benchmarks.Workload;

class ReportRendererTest {

    @TempDir
    Path dir;

    @Test
    void render_jmhJson_writesTableWithRatiosAllocationAndStatementsAndChart() throws IOException {
        Path results = dir.resolve("results.json");
        Files.writeString(results, "[" + run("EagerLoadingBenchmark.w2_jdbc", 100, 400, 20, 1_000_000)
                + "," + run("EagerLoadingBenchmark.w2_hibernateLazy", 100, 2_000, 100, 3_000_000)
                + "," + run("FindAndQueryBenchmark.w5_jdbc", 100, 30, 3, 10_000) + "]", StandardCharsets.UTF_8);
        StatementCountsFile.upsert(dir.resolve(StatementCountsFile.NAME), Workload.W2, 100,
                Map.of("jdbc", 2L, "hibernateLazy", 101L));

        ReportRenderer.render(results, dir.resolve("out"));

        String table = Files.readString(dir.resolve("out").resolve(ReportRenderer.TABLE));
        assertThat(table).contains("| W2 posts + comments | 100 | jdbc | 400.0 ± 20.0 µs | 1.00 ± 0.07 |"
                + " 976.6 KiB | 1.00 | 2 |");
        assertThat(table).contains("| W2 posts + comments | 100 | hibernateLazy | 2000.0 ± 100.0 µs | 5.00 ± 0.35 |"
                + " 2.86 MiB | 3.00 | 101 |");
        assertThat(table).contains("| W5 find post, then comments | 100 | jdbc | 30.00 ± 3.00 µs | 1.00 ± 0.14 |"
                + " 9.8 KiB | 1.00 | – |");
        assertThat(table.indexOf("w2")).isEqualTo(-1);
        assertThat(Files.size(dir.resolve("out").resolve(ReportRenderer.CHART))).isGreaterThan(1_000);
    }

    @Test
    void render_sqliteAndPostgresqlFiles_tableAndRatiosPerDatabase() throws IOException {
        Path sqlite = dir.resolve("results.json");
        Path postgresql = dir.resolve("results-postgresql.json");
        Files.writeString(sqlite, "[" + run("EagerLoadingBenchmark.w2_jdbc", 2000, 400, 20, 1_000_000)
                + "," + run("EagerLoadingBenchmark.w2_kinshipBatched", 2000, 600, 30, 1_500_000) + "]",
                StandardCharsets.UTF_8);
        Files.writeString(postgresql, "[" + run("PostgresLoadingBenchmark.w2_jdbc", 2000, 1000, 50, 1_100_000)
                + "," + run("PostgresLoadingBenchmark.w2_hibernateLazy", 2000, 25_000, 1_000, 3_300_000) + "]",
                StandardCharsets.UTF_8);
        StatementCountsFile.upsert(dir.resolve(StatementCountsFile.NAME), Workload.W2, 2000,
                Map.of("jdbc", 2L, "kinshipBatched", 2L));
        StatementCountsFile.upsert(dir.resolve(StatementCountsFile.fileName(Engine.POSTGRESQL)), Workload.W2, 2000,
                Map.of("jdbc", 2L, "hibernateLazy", 2001L));

        ReportRenderer.render(List.of(sqlite, postgresql), dir.resolve("out"));

        String table = Files.readString(dir.resolve("out").resolve(ReportRenderer.TABLE));
        assertThat(table.indexOf("## SQLite")).isPositive().isLessThan(table.indexOf("## PostgreSQL"));
        String postgresPart = table.substring(table.indexOf("## PostgreSQL"));
        assertThat(postgresPart).contains("| W2 posts + comments | 2000 | jdbc | 1000.0 ± 50.0 µs | 1.00 ± 0.07 |"
                + " 1.05 MiB | 1.00 | 2 |");
        assertThat(postgresPart).contains("| W2 posts + comments | 2000 | hibernateLazy | 25.00 ± 1.00 ms |"
                + " 25.00 ± 1.60 | 3.15 MiB | 3.00 | 2001 |");
        assertThat(postgresPart).doesNotContain("kinshipBatched");
        assertThat(table.substring(0, table.indexOf("## PostgreSQL")))
                .contains("| W2 posts + comments | 2000 | kinshipBatched | 600.0 ± 30.0 µs | 1.50 ± 0.11 |")
                .doesNotContain("hibernateLazy");
        assertThat(Files.size(dir.resolve("out").resolve(ReportRenderer.CHART))).isGreaterThan(1_000);
    }

    private static String run(String method, int posts, double micros, double error, double bytes) {
        return "{\"jmhVersion\": \"1.37\", \"benchmark\": \"dev.kinship.benchmarks." + method + "\","
                + " \"mode\": \"avgt\", \"forks\": 1, \"params\": {\"posts\": \"" + posts + "\"},"
                + " \"primaryMetric\": {\"score\": " + micros + ", \"scoreError\": " + error
                + ", \"scoreUnit\": \"us/op\"},"
                + " \"secondaryMetrics\": {\"gc.alloc.rate.norm\": {\"score\": " + bytes
                + ", \"scoreError\": 1.0, \"scoreUnit\": \"B/op\"}}}";
    }
}
