package dev.kinship.benchmarks.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import dev.kinship.benchmarks.Engine;

/**
 * Renders {@link Score}s as markdown, one section and table per database: one row per workload,
 * size and contender, with the time per operation and its error, the ratio to hand-written JDBC
 * on the same database, workload and size, allocation per operation (when the run used
 * {@code -prof gc}) and its ratio, and the statements one operation ran.
 */
final class MarkdownReport {

    private MarkdownReport() {
    }

    static String render(List<Score> scores, Map<Engine, StatementCountsFile> statements,
                         Map<Engine, Map<String, Object>> settings) {
        boolean allocation = scores.stream().anyMatch(s -> s.allocatedBytes().isPresent());
        StringBuilder md = new StringBuilder("# Loading strategies\n\n");
        md.append("Time per operation (JMH average time; ± is JMH's 99.9 % confidence half-width) and its ratio")
                .append(" to hand-written JDBC on the same database, workload and data set size. Lower is better.\n");
        md.append("Ratios are only comparable within one run; each database has a table of its own.\n");
        for (Engine engine : Engine.values()) {
            List<Score> measured = scores.stream().filter(s -> s.engine() == engine).toList();
            if (measured.isEmpty()) {
                continue;
            }
            md.append("\n## ").append(engine.label()).append("\n\n");
            String line = settingsLine(settings.getOrDefault(engine, Map.of()));
            if (!line.isEmpty()) {
                md.append(line).append("\n\n");
            }
            table(md, measured, statements.getOrDefault(engine, StatementCountsFile.empty()), allocation);
        }
        return md.toString();
    }

    private static void table(StringBuilder md, List<Score> scores, StatementCountsFile statements,
                              boolean allocation) {
        md.append("| Workload | Posts | Contender | Time/op | × JDBC |");
        md.append(allocation ? " Alloc/op | Alloc × JDBC |" : "").append(" Statements/op |\n");
        md.append("|---|---:|---|---:|---:|").append(allocation ? "---:|---:|" : "").append("---:|\n");
        for (List<Score> group : groups(scores).values()) {
            Optional<Score> baseline = group.stream().filter(Score::isBaseline).findFirst();
            for (Score score : group) {
                md.append("| ").append(score.workload().label()).append(" | ").append(score.posts())
                        .append(" | ").append(score.contender()).append(" | ")
                        .append(time(score.micros(), score.errorMicros())).append(" | ")
                        .append(baseline.map(b -> ratio(score.ratioTo(b), score.ratioErrorTo(b))).orElse("–"))
                        .append(" |");
                if (allocation) {
                    md.append(' ').append(score.allocatedBytes().isPresent()
                            ? bytes(score.allocatedBytes().getAsDouble()) : "–").append(" | ");
                    md.append(allocationRatio(score, baseline)).append(" |");
                }
                OptionalLong count = statements.get(score.workload(), score.posts(), score.contender());
                md.append(' ').append(count.isPresent() ? String.valueOf(count.getAsLong()) : "–").append(" |\n");
            }
        }
    }

    /** Scores grouped by database, workload and size, the JDBC reference first in each group. */
    static Map<String, List<Score>> groups(List<Score> scores) {
        Map<String, List<Score>> groups = new LinkedHashMap<>();
        for (Score score : scores) {
            groups.computeIfAbsent(score.engine() + "/" + score.workload() + "/" + score.posts(),
                            k -> new ArrayList<>())
                    .add(score);
        }
        for (List<Score> group : groups.values()) {
            group.sort((a, b) -> Boolean.compare(b.isBaseline(), a.isBaseline()));
        }
        return groups;
    }

    private static String allocationRatio(Score score, Optional<Score> baseline) {
        if (baseline.isEmpty() || score.allocatedBytes().isEmpty() || baseline.get().allocatedBytes().isEmpty()) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.2f",
                score.allocatedBytes().getAsDouble() / baseline.get().allocatedBytes().getAsDouble());
    }

    private static String settingsLine(Map<String, Object> settings) {
        if (settings.isEmpty()) {
            return "";
        }
        return String.format(Locale.ROOT, "JMH %s, %s %s; %s fork(s), %s × %s warm-up, %s × %s measurement.",
                settings.get("jmhVersion"), settings.get("vmName"), settings.get("vmVersion"),
                integer(settings.get("forks")), integer(settings.get("warmupIterations")), settings.get("warmupTime"),
                integer(settings.get("measurementIterations")), settings.get("measurementTime"));
    }

    private static String integer(Object value) {
        return value instanceof Number number ? String.valueOf(number.longValue()) : String.valueOf(value);
    }

    static String time(double micros, double error) {
        if (micros >= 10_000) {
            return withError("%.2f", micros / 1_000, error / 1_000) + " ms";
        }
        return withError(micros >= 100 ? "%.1f" : "%.2f", micros, error) + " µs";
    }

    static String ratio(double ratio, double error) {
        return withError("%.2f", ratio, error);
    }

    /** The value with its error, or alone where JMH had too few iterations to give one. */
    private static String withError(String format, double value, double error) {
        String shown = String.format(Locale.ROOT, format, value);
        return Double.isNaN(error) ? shown : shown + " ± " + String.format(Locale.ROOT, format, error);
    }

    static String bytes(double bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.2f MiB", bytes / (1024 * 1024));
        }
        if (bytes >= 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024);
        }
        return String.format(Locale.ROOT, "%.0f B", bytes);
    }
}
