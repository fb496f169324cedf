package dev.kinship.benchmarks.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

import dev.kinship.benchmarks.Engine;
import dev.kinship.benchmarks.Workload;

/**
 * {@code statement-counts.json}: the SQL statements one operation of each contender runs,
 * by workload and size, as measured by the trial checks. Each trial merges its figures into
 * the file, so one file covers a whole run; each database has a file of its own
 * ({@link #fileName(Engine)}):
 * <pre>{"W2": {"100": {"jdbc": 2, "hibernateLazy": 101}}}</pre>
 */
public final class StatementCountsFile {

    /** The file name inside the results directory, for SQLite. */
    public static final String NAME = "statement-counts.json";

    /** The file name inside the results directory for {@code engine}: {@code statement-counts-postgresql.json} for PostgreSQL. */
    public static String fileName(Engine engine) {
        return "statement-counts" + engine.fileSuffix() + ".json";
    }

    private final Map<String, Map<String, Map<String, Long>>> counts;

    private StatementCountsFile(Map<String, Map<String, Map<String, Long>>> counts) {
        this.counts = counts;
    }

    /**
     * Reads {@code file}; a missing file reads as empty.
     *
     * @throws IllegalArgumentException when the file is not in this format
     */
    public static StatementCountsFile read(Path file) {
        Map<String, Map<String, Map<String, Long>>> counts = new TreeMap<>();
        if (!Files.exists(file)) {
            return new StatementCountsFile(counts);
        }
        try {
            Object root = Json.parse(Files.readString(file, StandardCharsets.UTF_8));
            for (Map.Entry<String, Object> workload : asObject(root, file).entrySet()) {
                for (Map.Entry<String, Object> size : asObject(workload.getValue(), file).entrySet()) {
                    for (Map.Entry<String, Object> contender : asObject(size.getValue(), file).entrySet()) {
                        counts.computeIfAbsent(workload.getKey(), k -> new TreeMap<>())
                                .computeIfAbsent(size.getKey(), k -> new TreeMap<>())
                                .put(contender.getKey(), ((Number) contender.getValue()).longValue());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read statement counts from " + file, e);
        } catch (ClassCastException e) {
            throw new IllegalArgumentException(file + " is not a statement-counts file: a count is not a number.", e);
        }
        return new StatementCountsFile(counts);
    }

    /** A file with no counts, for a database that was not measured. */
    public static StatementCountsFile empty() {
        return new StatementCountsFile(new TreeMap<>());
    }

    /** Merges one trial's counts into {@code file}, creating it and its directory if needed. */
    public static void upsert(Path file, Workload workload, int posts, Map<String, Long> statements) {
        StatementCountsFile existing = read(file);
        Map<String, Long> bySize = existing.counts.computeIfAbsent(workload.name(), k -> new TreeMap<>())
                .computeIfAbsent(String.valueOf(posts), k -> new TreeMap<>());
        bySize.putAll(statements);
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(file, existing.toJson(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write statement counts to " + file, e);
        }
    }

    /** The statements per operation of {@code contender} on {@code workload} at {@code posts}, if measured. */
    public OptionalLong get(Workload workload, int posts, String contender) {
        Long count = counts.getOrDefault(workload.name(), Map.of())
                .getOrDefault(String.valueOf(posts), Map.of())
                .get(contender);
        return count == null ? OptionalLong.empty() : OptionalLong.of(count);
    }

    String toJson() {
        StringBuilder json = new StringBuilder("{");
        String workloadSeparator = "\n";
        for (var workload : counts.entrySet()) {
            json.append(workloadSeparator).append("  ").append(Json.quote(workload.getKey())).append(": {");
            String sizeSeparator = "\n";
            for (var size : workload.getValue().entrySet()) {
                json.append(sizeSeparator).append("    ").append(Json.quote(size.getKey())).append(": {");
                String separator = "";
                for (var contender : size.getValue().entrySet()) {
                    json.append(separator).append(Json.quote(contender.getKey())).append(": ")
                            .append(contender.getValue());
                    separator = ", ";
                }
                json.append('}');
                sizeSeparator = ",\n";
            }
            json.append("\n  }");
            workloadSeparator = ",\n";
        }
        return json.append("\n}\n").toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asObject(Object value, Path file) {
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException(file + " is not a statement-counts file: expected an object, found "
                    + value + ".");
        }
        return (Map<String, Object>) value;
    }
}
