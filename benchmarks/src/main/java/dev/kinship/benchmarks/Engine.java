package dev.kinship.benchmarks;

import java.util.Locale;

/**
 * The database a benchmark reads from. SQLite benchmarks are the classes of this package;
 * a benchmark class whose simple name starts with {@value #POSTGRESQL_CLASS_PREFIX} reads
 * from PostgreSQL. The report puts each database in tables and chart panels of its own,
 * because a statement costs an order of magnitude more over a socket than in-process.
 */
public enum Engine {
    /** sqlite-jdbc on a temporary file, one exclusive connection per trial. */
    SQLITE("SQLite"),
    /** A PostgreSQL server over TCP (pgjdbc), one connection per trial. */
    POSTGRESQL("PostgreSQL");

    /** How the simple name of a PostgreSQL benchmark class starts. */
    public static final String POSTGRESQL_CLASS_PREFIX = "Postgres";

    private final String label;

    Engine(String label) {
        this.label = label;
    }

    /** The name shown in the report, e.g. {@code PostgreSQL}. */
    public String label() {
        return label;
    }

    /**
     * The suffix of this database's result files: empty for SQLite (so {@code results.json} and
     * {@code statement-counts.json} keep their names), {@code -postgresql} for PostgreSQL.
     */
    public String fileSuffix() {
        return this == SQLITE ? "" : "-" + name().toLowerCase(Locale.ROOT);
    }

    /**
     * The database a benchmark reads from, by its class.
     *
     * @param benchmark a fully qualified benchmark method, e.g.
     *     {@code dev.kinship.benchmarks.PostgresLoadingBenchmark.w2_jdbc}
     */
    public static Engine ofBenchmark(String benchmark) {
        int method = benchmark.lastIndexOf('.');
        String type = method < 0 ? "" : benchmark.substring(0, method);
        String simple = type.substring(type.lastIndexOf('.') + 1);
        return simple.startsWith(POSTGRESQL_CLASS_PREFIX) ? POSTGRESQL : SQLITE;
    }
}
