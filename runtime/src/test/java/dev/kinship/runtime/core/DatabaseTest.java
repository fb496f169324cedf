package dev.kinship.runtime.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kinship.runtime.DataAccessException;
import dev.kinship.runtime.Database;
import dev.kinship.runtime.Session;
import dev.kinship.runtime.core.SeedModels.User;
import dev.kinship.runtime.TestDatabases;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** Opening, configuring, sharing and closing a Database: in memory, in a file, through a DataSource. */
class DatabaseTest {

    @TempDir
    Path dir;

    private static long users(Session s) {
        return s.query(User.class).count();
    }

    // ---- in memory ------------------------------------------------------------------------------

    @Test
    void inMemory_rowsWrittenInOneSession_areReadByTheNext() {
        try (Database db = TestDatabases.open(SeedModels.schema())) {
            db.sync();
            try (Session s = db.openSession()) {
                s.insert(new User("ada", "ada@example.org"));
            }
            try (Session s = db.openSession()) {
                assertThat(s.query(User.class).list()).extracting(u -> u.username).containsExactly("ada");
            }
        }
    }

    @Test
    void inMemory_noSessionOpenInBetween_keepsTheRows() {
        try (Database db = TestDatabases.open(SeedModels.schema())) {
            db.sync();
            try (Session s = db.openSession()) {
                s.insert(new User("ada", "ada@example.org"));
            }
            System.gc();
            try (Session s = db.openSession()) {
                assertThat(users(s)).isEqualTo(1);
            }
        }
    }

    @Test
    void inMemory_twoDatabases_doNotShareRows() {
        try (Database one = TestDatabases.open(SeedModels.schema());
             Database two = TestDatabases.open(SeedModels.schema())) {
            one.sync();
            two.sync();
            try (Session s = one.openSession()) {
                s.insert(new User("ada", "ada@example.org"));
            }
            try (Session s = two.openSession()) {
                assertThat(users(s)).isZero();
            }
        }
    }

    @Tag(TestDatabases.SQLITE_ONLY)
    @Test
    void inMemory_everyConnection_hasForeignKeysOn() {
        try (Database db = TestDatabases.open(SeedModels.schema())) {
            assertThat(foreignKeysOnThreeConnectionsAtOnce(db)).containsExactly(1, 1, 1);
        }
    }

    @Test
    void inMemory_sessionsOnSeveralThreads_writeEveryRow() throws Exception {
        try (Database db = TestDatabases.open(SeedModels.schema())) {
            db.sync();
            writeConcurrently(db, 4, 50);
            try (Session s = db.openSession()) {
                assertThat(users(s)).isEqualTo(200);
            }
        }
    }

    @Tag(TestDatabases.SQLITE_ONLY)
    @Test
    void inMemory_readerOnAnotherThreadDuringATransaction_waitsForTheCommit() throws Exception {
        try (Database db = TestDatabases.open(SeedModels.schema())) {
            db.sync();
            CountDownLatch written = new CountDownLatch(1);
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try (Session writer = db.openSession()) {
                Future<Long> read;
                try {
                    read = pool.submit(() -> {
                        written.await();
                        try (Session reader = db.openSession()) {
                            return users(reader);
                        }
                    });
                    writer.useTransaction(tx -> {
                        tx.insert(new User("ada", null));
                        written.countDown();
                        sleep(200);
                    });
                    assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo(1);
                } finally {
                    pool.shutdownNow();
                }
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- file -----------------------------------------------------------------------------------

    @Tag(TestDatabases.SQLITE_ONLY)
    @Test
    void sqlite_file_usesTheWalJournal() {
        try (Database db = Database.sqlite(dir.resolve("kinship.db"), SeedModels.schema())) {
            assertThat(Pragmas.pragma(db, "journal_mode")).isEqualTo("wal");
        }
    }

    @Tag(TestDatabases.SQLITE_ONLY)
    @Test
    void sqlite_file_waitsForLocksWithABusyTimeout() {
        try (Database db = Database.sqlite(dir.resolve("kinship.db"), SeedModels.schema())) {
            assertThat(Integer.parseInt(Pragmas.pragma(db, "busy_timeout"))).isPositive();
        }
    }

    @Tag(TestDatabases.SQLITE_ONLY)
    @Test
    void sqlite_file_everyConnectionHasForeignKeysOn() {
        try (Database db = Database.sqlite(dir.resolve("kinship.db"), SeedModels.schema())) {
            assertThat(foreignKeysOnThreeConnectionsAtOnce(db)).containsExactly(1, 1, 1);
        }
    }

    @Tag(TestDatabases.SQLITE_ONLY)
    @Test
    void sqlite_reopenedAfterClose_keepsItsRows() {
        Path file = dir.resolve("kinship.db");
        try (Database db = Database.sqlite(file, SeedModels.schema())) {
            db.sync();
            try (Session s = db.openSession()) {
                s.insert(new User("ada", "ada@example.org"));
            }
        }
        try (Database db = Database.sqlite(file, SeedModels.schema())) {
            db.sync();
            try (Session s = db.openSession()) {
                assertThat(s.query(User.class).list()).extracting(u -> u.username).containsExactly("ada");
            }
            assertThat(Pragmas.pragma(db, "journal_mode")).isEqualTo("wal");
        }
    }

    @Tag(TestDatabases.SQLITE_ONLY)
    @Test
    void sqlite_close_releasesEveryConnectionEvenOneAnOpenSessionHolds() {
        Path file = dir.resolve("kinship.db");
        Database db = Database.sqlite(file, SeedModels.schema());
        db.sync();
        Session open = db.openSession();
        open.insert(new User("ada", "ada@example.org"));
        assertThat(file.resolveSibling("kinship.db-wal")).exists();

        db.close();

        // SQLite removes the write-ahead log when the last connection to the file closes
        assertThat(file.resolveSibling("kinship.db-wal")).doesNotExist();
        open.close();
    }

    @Tag(TestDatabases.SQLITE_ONLY)
    @Test
    void sqlite_sessionsOnSeveralThreads_writeEveryRow() throws Exception {
        try (Database db = Database.sqlite(dir.resolve("kinship.db"), SeedModels.schema())) {
            db.sync();
            writeConcurrently(db, 4, 50);
            try (Session s = db.openSession()) {
                assertThat(users(s)).isEqualTo(200);
            }
        }
    }

    @Tag(TestDatabases.SQLITE_ONLY)
    @Test
    void sqlite_transactionsThatReadThenWriteOnSeveralThreads_allCommit() throws Exception {
        try (Database db = Database.sqlite(dir.resolve("kinship.db"), SeedModels.schema())) {
            db.sync();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    done.add(pool.submit(() -> {
                        try (Session s = db.openSession()) {
                            for (int i = 0; i < 25; i++) {
                                s.useTransaction(tx -> {
                                    long before = tx.query(User.class).count();
                                    tx.insert(new User("user" + before, null));
                                });
                            }
                        }
                    }));
                }
                for (Future<?> f : done) {
                    f.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            try (Session s = db.openSession()) {
                assertThat(users(s)).isEqualTo(100);
            }
        }
    }

    @Tag(TestDatabases.SQLITE_ONLY)
    @Test
    void sqlite_uncommittedRows_areInvisibleToAnotherSession() {
        try (Database db = Database.sqlite(dir.resolve("kinship.db"), SeedModels.schema())) {
            db.sync();
            try (Session writer = db.openSession(); Session reader = db.openSession()) {
                writer.useTransaction(tx -> {
                    tx.insert(new User("ada", "ada@example.org"));
                    assertThat(users(reader)).isZero();
                });
                assertThat(users(reader)).isEqualTo(1);
            }
        }
    }

    // ---- DataSource -----------------------------------------------------------------------------

    @Tag(TestDatabases.SQLITE_ONLY)
    @Test
    void connect_sqliteDataSource_syncsWritesAndReads() {
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + dir.resolve("kinship.db"));
        try (Database db = Database.connect(source, SeedModels.schema())) {
            db.sync();
            try (Session s = db.openSession()) {
                User ada = s.insert(new User("ada", "ada@example.org"));
                assertThat(s.find(User.class, ada.id)).containsSame(ada);
            }
            try (Session s = db.openSession()) {
                assertThat(users(s)).isEqualTo(1);
            }
        }
    }

    @Tag(TestDatabases.SQLITE_ONLY)
    @Test
    void connect_dataSource_everyConnectionHasForeignKeysOn() {
        TrackingDataSource source = new TrackingDataSource(dir.resolve("kinship.db"), false);
        try (Database db = Database.connect(source, SeedModels.schema())) {
            assertThat(foreignKeysOnThreeConnectionsAtOnce(db)).containsExactly(1, 1, 1);
        }
    }

    @Tag(TestDatabases.SQLITE_ONLY)
    @Test
    void connect_dataSourceHandingOutConnectionsWithAutoCommitOff_stillSwitchesForeignKeysOn() {
        TrackingDataSource source = new TrackingDataSource(dir.resolve("kinship.db"), true);
        try (Database db = Database.connect(source, SeedModels.schema())) {
            assertThat(Pragmas.pragma(db, "foreign_keys")).isEqualTo("1");
        }
    }

    @Test
    void connect_eachSession_givesItsConnectionBackToThePoolWhenItCloses() {
        TrackingDataSource source = new TrackingDataSource(dir.resolve("kinship.db"), false);
        Database db = Database.connect(source, SeedModels.schema());
        db.sync();
        assertThat(source.closed()).as("sync gave its connection back").isEqualTo(source.opened());
        int openedBySync = source.opened();
        for (int i = 0; i < 3; i++) {
            try (Session s = db.openSession()) {
                s.insert(new User("user" + i, "user" + i + "@example.org"));
                assertThat(source.closed()).as("the session holds one").isEqualTo(source.opened() - 1);
            }
            assertThat(source.closed()).as("and gives it back").isEqualTo(source.opened());
        }
        assertThat(source.opened()).isEqualTo(openedBySync + 3);
        db.close();
        assertThat(source.closed()).isEqualTo(source.opened());
    }

    @Test
    void connect_databaseClose_closesTheConnectionOfAnOpenSession() {
        TrackingDataSource source = new TrackingDataSource(dir.resolve("kinship.db"), false);
        Database db = Database.connect(source, SeedModels.schema());
        db.sync();
        Session open = db.openSession();
        open.insert(new User("ada", "ada@example.org"));

        db.close();

        assertThat(source.closed()).isEqualTo(source.opened());
        open.close();
    }

    // ---- closing --------------------------------------------------------------------------------

    @Test
    void close_twice_isHarmless() {
        Database db = TestDatabases.open(SeedModels.schema());
        db.close();
        db.close();
        assertThat(db.isClosed()).isTrue();
    }

    @Test
    void openSession_afterClose_throws() {
        Database db = TestDatabases.open(SeedModels.schema());
        db.close();

        assertThatThrownBy(db::openSession)
            .isInstanceOf(IllegalStateException.class)
            .hasMessage("This Database is closed, so it cannot open a session. Create a new Database with "
                + "Database.sqlite(...), Database.inMemory(...) or Database.connect(...).");
    }

    @Test
    void find_afterTheDatabaseClosed_throws() {
        Database db = TestDatabases.open(SeedModels.schema());
        db.sync();
        try (Session s = db.openSession()) {
            db.close();

            assertThatThrownBy(() -> s.find(User.class, 1L))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("This session's Database is closed, so the session cannot run statements. Keep the "
                    + "Database open until its sessions are done, or create a new Database.");
        }
    }

    @Tag(TestDatabases.SQLITE_ONLY)
    @Test
    void sqlite_fileInADirectoryThatDoesNotExist_failsAtOnceNamingTheFile() {
        Path missing = dir.resolve("missing").resolve("kinship.db").toAbsolutePath();

        assertThatThrownBy(() -> Database.sqlite(missing, SeedModels.schema()))
            .isInstanceOf(DataAccessException.class)
            .hasMessageStartingWith("Cannot open the SQLite file '" + missing + "': ")
            .hasMessageEndingWith(". Check that its directory exists and that Kinship may write there.")
            .hasCauseInstanceOf(SQLException.class);
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** Holds three connections at once and reads {@code PRAGMA foreign_keys} on each. */
    private static List<Integer> foreignKeysOnThreeConnectionsAtOnce(Database db) {
        List<Integer> values = new ArrayList<>();
        db.withConnection(a -> db.withConnection(b -> db.withConnection(c -> {
            for (var connection : List.of(a, b, c)) {
                try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery("PRAGMA foreign_keys")) {
                    rows.next();
                    values.add(rows.getInt(1));
                }
            }
            return null;
        })));
        return values;
    }

    private static void writeConcurrently(Database db, int threads, int rowsEach) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    try (Session s = db.openSession()) {
                        for (int i = 0; i < rowsEach; i++) {
                            s.insert(new User("user" + thread + "-" + i, null));
                        }
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
