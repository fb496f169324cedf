package dev.kinship.runtime.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.core.SeedModels.User;
import dev.kinship.runtime.TestDatabases;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SQL goes to {@code System.Logger} "dev.kinship.sql": the statement at DEBUG, its bound values
 * only at TRACE; transaction control (BEGIN, COMMIT) is logged too. Read here through java.util.logging, the JDK's default backend (DEBUG is FINE,
 * TRACE is FINER).
 */
class StatementLogTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.inMemory(SeedModels::schema);

    private final Logger logger = Logger.getLogger("dev.kinship.sql");
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record.getLevel() + " " + record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level previous;

    @BeforeEach
    void capture() {
        previous = logger.getLevel();
        handler.setLevel(Level.ALL);
        logger.addHandler(handler);
    }

    @AfterEach
    void release() {
        logger.removeHandler(handler);
        logger.setLevel(previous);
    }

    @Tag(TestDatabases.SQLITE_ONLY)
    @Test
    void debug_logsEveryStatementWithoutItsValues() {
        logger.setLevel(Level.FINE);

        try (Session s = db.open()) {
            s.insert(new User("ada", "secret@example.org"));
            s.query(User.class).where("username", "ada").list();
        }

        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("FINE BEGIN IMMEDIATE");
        assertThat(lines.get(1)).isEqualTo("FINE INSERT INTO \"Users\" (\"username\", \"email\") VALUES (?, ?) "
            + "RETURNING \"id\" -- 2 value(s)");
        assertThat(lines.get(2)).isEqualTo("FINE COMMIT");
        assertThat(lines.get(3)).startsWith("FINE SELECT ").endsWith(" -- 1 value(s)").doesNotContain("ada\"");
    }

    @Tag(TestDatabases.SQLITE_ONLY)
    @Test
    void trace_logsTheBoundValuesToo() {
        logger.setLevel(Level.FINER);

        try (Session s = db.open()) {
            s.insert(new User("ada", "secret@example.org"));
        }

        assertThat(lines).containsExactly("FINER BEGIN IMMEDIATE",
            "FINER INSERT INTO \"Users\" (\"username\", \"email\") VALUES (?, ?) RETURNING \"id\" -- [ada, "
                + "secret@example.org]",
            "FINER COMMIT");
    }

    @Test
    void info_logsNothing() {
        logger.setLevel(Level.INFO);

        try (Session s = db.open()) {
            s.insert(new User("ada", "secret@example.org"));
        }

        assertThat(lines).isEmpty();
    }
}
