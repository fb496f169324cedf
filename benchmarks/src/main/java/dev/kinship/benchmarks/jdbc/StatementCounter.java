package dev.kinship.benchmarks.jdbc;

/** Counts the SQL statements hand-written JDBC code executes; one thread at a time. */
public final class StatementCounter {
    private long executed;

    /** Records one executed statement. */
    void executed() {
        executed++;
    }

    /** Statements executed since this counter was made. */
    public long total() {
        return executed;
    }
}
