package dev.kinship.examples;

import dev.kinship.runtime.Session;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Prints each step of the tour with its result and the statements it cost, and remembers
 * every step whose result is not what the guide promises.
 */
public final class TourLog {

    private final PrintStream out;
    private final List<String> failures = new ArrayList<>();

    public TourLog(PrintStream out) {
        this.out = out;
    }

    /** Starts a chapter. */
    public void chapter(String title) {
        out.println();
        out.println("== " + title);
    }

    /**
     * Runs one step in {@code session}, prints what it did, its result and the statements the
     * whole step ran (a delete or a write inside {@code work} is counted with the read that
     * checks it), and checks the result against {@code expected} and the count against
     * {@code expectedStatements} (negative: not checked).
     *
     * @return the step's result
     */
    public <T> T step(Session session, String what, Supplier<T> work, Object expected, long expectedStatements) {
        long before = session.stats().statements();
        T result = work.get();
        long statements = session.stats().statements() - before;
        boolean ok = expected.equals(result) && (expectedStatements < 0 || statements == expectedStatements);
        out.printf("  %s %s: %s (%d statement%s)%n", ok ? "ok  " : "FAIL", what, result, statements,
            statements == 1 ? "" : "s");
        if (!ok) {
            failures.add(what + ": expected " + expected + (expectedStatements < 0 ? "" : " in " + expectedStatements
                + " statement(s)") + ", got " + result + " in " + statements);
        }
        return result;
    }

    /**
     * Checks a value computed before this call (its statements are counted by the step or
     * {@link #expectStatements} that covers them), and prints it.
     */
    public void check(String what, Object result, Object expected) {
        boolean ok = expected.equals(result);
        out.printf("  %s %s: %s%n", ok ? "ok  " : "FAIL", what, result);
        if (!ok) {
            failures.add(what + ": expected " + expected + ", got " + result);
        }
    }

    /** Checks that {@code session} has run {@code expected} statements in all, and prints the count. */
    public void expectStatements(Session session, String what, long expected) {
        long ran = session.stats().statements();
        boolean ok = ran == expected;
        out.printf("  %s %s cost %d statement%s%n", ok ? "ok  " : "FAIL", what, ran, ran == 1 ? "" : "s");
        if (!ok) {
            failures.add(what + ": expected " + expected + " statement(s), ran " + ran);
        }
    }

    /** Prints a line of the tour. */
    public void say(String line) {
        out.println("  " + line);
    }

    public List<String> failures() {
        return failures;
    }
}
