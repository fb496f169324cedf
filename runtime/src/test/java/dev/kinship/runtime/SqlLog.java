package dev.kinship.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The statements Kinship runs, as logged at DEBUG on {@code dev.kinship.sql} (which
 * {@code System.Logger} hands to java.util.logging when no other backend is present), on the
 * thread that started the log.
 */
public final class SqlLog implements AutoCloseable {

    private final Logger logger = Logger.getLogger("dev.kinship.sql");
    private final Level previous = logger.getLevel();
    private final List<String> statements = new ArrayList<>();
    private final Thread thread = Thread.currentThread();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (Thread.currentThread() != thread) {
                return;
            }
            String message = record.getMessage();
            int values = message.lastIndexOf(" -- ");
            synchronized (statements) {
                statements.add(values < 0 ? message : message.substring(0, values));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private SqlLog() {
        logger.setLevel(Level.FINE);
        logger.addHandler(handler);
    }

    public static SqlLog start() {
        return new SqlLog();
    }

    /** @return the statements logged so far */
    public List<String> statements() {
        synchronized (statements) {
            return List.copyOf(statements);
        }
    }

    /** @return the last statement logged that starts with {@code prefix} */
    public String last(String prefix) {
        List<String> all = statements();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).startsWith(prefix)) {
                return all.get(i);
            }
        }
        throw new AssertionError("no statement starting with " + prefix + " in " + all);
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        logger.setLevel(previous);
    }
}
