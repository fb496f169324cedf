package dev.kinship.benchmarks.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import dev.kinship.benchmarks.Engine;
import dev.kinship.benchmarks.Workload;

/**
 * Reads a JMH JSON result file ({@code -rf json}) into {@link Score}s, in database, workload,
 * size and file order. Benchmarks whose method names do not follow {@code <workload>_<contender>}
 * are skipped; the database comes from the benchmark's class ({@link Engine#ofBenchmark}); times
 * are converted to microseconds.
 */
public final class JmhResults {

    private JmhResults() {
    }

    /**
     * @throws IllegalArgumentException when the file is not a JMH JSON result
     * @throws UncheckedIOException when it cannot be read
     */
    public static List<Score> read(Path file) {
        Object root;
        try {
            root = Json.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the JMH results " + file, e);
        }
        if (!(root instanceof List<?> runs)) {
            throw new IllegalArgumentException(file + " is not a JMH JSON result: expected an array of runs."
                    + " Run JMH with -rf json.");
        }
        List<Score> scores = new ArrayList<>();
        for (Object run : runs) {
            score(object(run, file), file).ifPresent(scores::add);
        }
        scores.sort(Comparator.comparing(Score::engine).thenComparing(Score::workload).thenComparingInt(Score::posts));
        return scores;
    }

    /** The scores of several result files (one per database, say), in database, workload and size order. */
    public static List<Score> read(List<Path> files) {
        List<Score> scores = new ArrayList<>();
        for (Path file : files) {
            scores.addAll(read(file));
        }
        scores.sort(Comparator.comparing(Score::engine).thenComparing(Score::workload).thenComparingInt(Score::posts));
        return scores;
    }

    /**
     * For each database measured in {@code files}, the description of the JMH settings of its
     * first run (forks, iterations, JVM), for the report.
     */
    public static Map<Engine, Map<String, Object>> settings(List<Path> files) {
        Map<Engine, Map<String, Object>> settings = new EnumMap<>(Engine.class);
        for (Path file : files) {
            Object root;
            try {
                root = Json.parse(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the JMH results " + file, e);
            }
            if (root instanceof List<?> runs) {
                for (Object run : runs) {
                    Map<String, Object> fields = object(run, file);
                    settings.putIfAbsent(Engine.ofBenchmark(String.valueOf(fields.get("benchmark"))), fields);
                }
            }
        }
        return settings;
    }

    private static Optional<Score> score(Map<String, Object> run, Path file) {
        String benchmark = String.valueOf(run.get("benchmark"));
        Optional<Workload> workload = Workload.ofMethod(benchmark);
        if (workload.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> params = run.get("params") == null ? Map.of() : object(run.get("params"), file);
        int posts = Integer.parseInt(String.valueOf(params.getOrDefault("posts", "0")));
        Map<String, Object> primary = object(run.get("primaryMetric"), file);
        double scale = microsPer(String.valueOf(primary.get("scoreUnit")), benchmark);
        double micros = number(primary.get("score")) * scale;
        double error = number(primary.get("scoreError")) * scale;
        OptionalDouble allocated = OptionalDouble.empty();
        if (run.get("secondaryMetrics") instanceof Map<?, ?> secondary
                && secondary.get("gc.alloc.rate.norm") instanceof Map<?, ?> alloc) {
            allocated = OptionalDouble.of(number(alloc.get("score")));
        }
        return Optional.of(new Score(Engine.ofBenchmark(benchmark), workload.get(), Workload.contenderOf(benchmark),
                posts, micros, error, allocated));
    }

    private static double microsPer(String unit, String benchmark) {
        return switch (unit) {
            case "ns/op" -> 0.001;
            case "us/op" -> 1;
            case "ms/op" -> 1_000;
            case "s/op" -> 1_000_000;
            default -> throw new IllegalArgumentException("Benchmark " + benchmark + " reports '" + unit
                    + "'; the report needs time per operation. Run it in average-time mode (-bm avgt).");
        };
    }

    private static double number(Object value) {
        return value instanceof Number number ? number.doubleValue() : Double.NaN;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, Path file) {
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException(file + " is not a JMH JSON result: expected an object, found "
                    + value + ".");
        }
        return (Map<String, Object>) value;
    }
}
