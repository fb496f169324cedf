package dev.kinship.runtime.dialect;

import dev.kinship.runtime.Database;
import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabases;
import dev.kinship.runtime.dialect.Ledger.Account;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Run by {@link StreamMemoryTest} in a JVM of its own with a small heap: writes {@code args[0]}
 * accounts with plain SQL, streams them all through a session, and exits 0 when every one was
 * read (an OutOfMemoryError ends it otherwise).
 */
public final class StreamUnderSmallHeap {

    private StreamUnderSmallHeap() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[0]);
        Path dir = Files.createTempDirectory("kinship-stream");
        try (Database db = TestDatabases.postgresql()
                ? Database.connect(TestDatabases.postgresDataSource(), Ledger.schema())
                : Database.sqlite(dir.resolve("stream.db"), Ledger.schema())) {
            db.sync();
            String series = TestDatabases.postgresql() ? "generate_series(1, " + rows + ") AS n(i)"
                : "(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + rows + ") "
                    + "SELECT i FROM n) AS n";
            String filler = TestDatabases.postgresql() ? "repeat('x', 400)" : "hex(zeroblob(200))";
            db.withConnection(c -> c.createStatement().executeUpdate("INSERT INTO \"Accounts\" (\"name\", \"rank\", "
                + "\"counter\") SELECT 'account number ' || i || ' ' || " + filler + ", i, 0 FROM " + series));
            long read = 0;
            long sum = 0;
            try (Session s = db.openSession(); Stream<Account> all = s.query(Account.class).orderBy("id").stream()) {
                for (Account a : (Iterable<Account>) all::iterator) {
                    read++;
                    sum += a.rank;
                }
            }
            System.out.println("streamed " + read + " rows, rank sum " + sum);
            System.exit(read == rows && sum == (long) rows * (rows + 1) / 2 ? 0 : 1);
        }
    }
}
