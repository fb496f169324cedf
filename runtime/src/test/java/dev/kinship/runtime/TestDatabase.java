package dev.kinship.runtime;

import dev.kinship.dsl.Schema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives each test a fresh, synced database of one schema: in memory (or a fresh PostgreSQL
 * schema, see {@link TestDatabases}) by default, or a SQLite file of its own (for WAL and
 * persistence) with {@link #file(Supplier)}.
 *
 * <pre>{@code
 * @RegisterExtension
 * final TestDatabase db = TestDatabase.inMemory(BlogSchema::schema);
 * }</pre>
 */
public final class TestDatabase implements BeforeEachCallback, AfterEachCallback {

    private final Supplier<Schema> schema;
    private final boolean inFile;
    private Database database;
    private Path directory;

    private TestDatabase(Supplier<Schema> schema, boolean inFile) {
        this.schema = schema;
        this.inFile = inFile;
    }

    public static TestDatabase inMemory(Supplier<Schema> schema) {
        return new TestDatabase(schema, false);
    }

    public static TestDatabase file(Supplier<Schema> schema) {
        return new TestDatabase(schema, true);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        if (inFile) {
            directory = Files.createTempDirectory("kinship-test");
            database = Database.sqlite(directory.resolve("test.db"), schema.get());
        } else {
            database = TestDatabases.open(schema.get());
        }
        database.sync();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        database.close();
        if (directory != null) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** @return this test's database */
    public Database get() {
        return database;
    }

    /** @return a new session of this test's database */
    public Session open() {
        return database.openSession();
    }

    /** @return the path of the database file (file databases only) */
    public Path path() {
        return directory.resolve("test.db");
    }

    /** @return the number of rows in {@code table}, read with plain SQL */
    public long rows(String table) {
        return database.withConnection(c -> {
            try (var statement = c.createStatement();
                 var rows = statement.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }
}
