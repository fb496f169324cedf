package dev.kinship.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.kinship.benchmarks.Engine;

/**
 * Turns JMH JSON result files into {@code loading-strategies.md} (a table per database of times,
 * ratios to hand-written JDBC, allocation and statement counts) and {@code loading-strategies.png}
 * (the chart of ratios, a part per database), rendered headless.
 *
 * <p>Usage: {@code java -Djava.awt.headless=true -cp benchmarks.jar
 * dev.kinship.benchmarks.report.ReportRenderer RESULTS.json [MORE.json ...] [OUTPUT_DIR]}: every
 * argument ending in {@code .json} is a result file (the suite writes {@code results.json} for
 * SQLite and {@code results-postgresql.json} for PostgreSQL, so either can be measured again
 * alone), a last argument that does not is the output directory, which defaults to the first
 * result file's directory. Statement counts are read from {@code statement-counts.json} and
 * {@code statement-counts-postgresql.json} beside the first result file.
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
        List<Path> results = new ArrayList<>();
        Path output = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].endsWith(".json")) {
                results.add(Path.of(args[i]).toAbsolutePath());
            } else if (i == args.length - 1) {
                output = Path.of(args[i]);
            } else {
                results.clear();
                break;
            }
        }
        if (results.isEmpty()) {
            System.err.println("Usage: ReportRenderer RESULTS.json [MORE.json ...] [OUTPUT_DIR]");
            System.exit(2);
        }
        for (Path written : render(results, output == null ? results.get(0).getParent() : output)) {
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
        return render(List.of(results), outputDir);
    }

    /**
     * Renders the table and the chart of every file in {@code results} into {@code outputDir}.
     *
     * @return the files written
     * @throws IllegalArgumentException when {@code results} is empty or holds no benchmark of the suite
     * @throws IOException when the report cannot be written
     */
    public static List<Path> render(List<Path> results, Path outputDir) throws IOException {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        if (results.isEmpty()) {
            throw new IllegalArgumentException("No result file to render. Pass the JSON of a Kinship benchmark run.");
        }
        List<Score> scores = JmhResults.read(results);
        if (scores.isEmpty()) {
            throw new IllegalArgumentException(results + " hold no benchmark named '<workload>_<contender>'."
                    + " Are they the JSON of a Kinship benchmark run?");
        }
        Map<Engine, StatementCountsFile> statements = new EnumMap<>(Engine.class);
        for (Engine engine : Engine.values()) {
            statements.put(engine, StatementCountsFile.read(
                    results.get(0).toAbsolutePath().resolveSibling(StatementCountsFile.fileName(engine))));
        }
        Files.createDirectories(outputDir);
        Path table = outputDir.resolve(TABLE);
        Files.writeString(table, MarkdownReport.render(scores, statements, JmhResults.settings(results)),
                StandardCharsets.UTF_8);
        Path chart = outputDir.resolve(CHART);
        RatioChart.write(scores, chart);
        return List.of(table, chart);
    }
}
