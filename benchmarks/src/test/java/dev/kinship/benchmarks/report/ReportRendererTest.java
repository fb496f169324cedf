package dev.kinship.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    private static String run(String method, int posts, double micros, double error, double bytes) {
        return "{\"jmhVersion\": \"1.37\", \"benchmark\": \"dev.kinship.benchmarks." + method + "\","
                + " \"mode\": \"avgt\", \"forks\": 1, \"params\": {\"posts\": \"" + posts + "\"},"
                + " \"primaryMetric\": {\"score\": " + micros + ", \"scoreError\": " + error
                + ", \"scoreUnit\": \"us/op\"},"
                + " \"secondaryMetrics\": {\"gc.alloc.rate.norm\": {\"score\": " + bytes
                + ", \"scoreError\": 1.0, \"scoreUnit\": \"B/op\"}}}";
    }
}
