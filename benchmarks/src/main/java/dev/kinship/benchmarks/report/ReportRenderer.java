package dev.kinship.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns a JMH JSON result file into {@code loading-strategies.md} (the table of times, ratios
 * to hand-written JDBC, allocation and statement counts) and {@code loading-strategies.png}
 * (the chart of ratios), rendered headless.
 *
 * <p>Usage: {@code java -Djava.awt.headless=true -cp benchmarks.jar
 * dev.kinship.benchmarks.report.ReportRenderer RESULTS.json [OUTPUT_DIR]}. Statement counts
 * are read from {@code statement-counts.json} beside the results file; the output directory
 * defaults to the results file's directory.
 */
public final class ReportRenderer {

    /** The markdown table's file name. */
    public static final String TABLE = "loading-strategies.md";
    /** The chart's file name. */
    public static final String CHART = "loading-strategies.png";

    private ReportRenderer() {
    }

    /**
     * Renders the report; exits with status 2 on wrong arguments.
     *
     * @throws IOException when the results cannot be read or the report cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("Usage: ReportRenderer RESULTS.json [OUTPUT_DIR]");
            System.exit(2);
        }
        Path results = Path.of(args[0]).toAbsolutePath();
        Path output = args.length == 2 ? Path.of(args[1]) : results.getParent();
        for (Path written : render(results, output)) {
            System.out.println("Wrote " + written);
        }
    }

    /**
     * Renders the table and the chart of {@code results} into {@code outputDir}.
     *
     * @return the files written
     * @throws IllegalArgumentException when {@code results} holds no benchmark of the suite
     * @throws IOException when the report cannot be written
     */
    public static List<Path> render(Path results, Path outputDir) throws IOException {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        List<Score> scores = JmhResults.read(results);
        if (scores.isEmpty()) {
            throw new IllegalArgumentException(results + " holds no benchmark named '<workload>_<contender>'."
                    + " Is it the JSON of a Kinship benchmark run?");
        }
        StatementCountsFile statements = StatementCountsFile.read(
                results.toAbsolutePath().resolveSibling(StatementCountsFile.NAME));
        Files.createDirectories(outputDir);
        Path table = outputDir.resolve(TABLE);
        Files.writeString(table, MarkdownReport.render(scores, statements, JmhResults.settings(results)),
                StandardCharsets.UTF_8);
        Path chart = outputDir.resolve(CHART);
        RatioChart.write(scores, chart);
        return List.of(table, chart);
    }
}
