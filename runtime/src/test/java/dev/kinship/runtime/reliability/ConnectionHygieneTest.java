package dev.kinship.runtime.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kinship.runtime.DataAccessException;
import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.reliability.Shop.Tag;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A connection goes back to the pool clean: no open statement of an abandoned stream, no transaction left open. */
class ConnectionHygieneTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.file(Shop::schema);

    @BeforeEach
    void rows() {
        try (Session s = db.open()) {
            s.useTransaction(tx -> {
                for (int i = 0; i < 1_100; i++) {
                    tx.insert(new Tag("t" + i));
                }
            });
        }
    }

    private void anotherWriterThenReadAndWrite() {
        try (Session other = db.open()) {
            other.insert(new Tag("from another session"));
        }
        try (Session s = db.open()) {
            assertThat(s.query(Tag.class).count()).isEqualTo(1_101);
            s.insert(new Tag("later"));
        }
        assertThat(db.rows("Tags")).isEqualTo(1_102);
    }

    @Test
    void stream_stoppedEarlyWithAnyMatch_givesItsConnectionBackClean() {
        try (Session s = db.open()) {
            assertThat(s.query(Tag.class).stream().anyMatch(t -> t.name.equals("t5"))).isTrue();
        }
        anotherWriterThenReadAndWrite();
    }

    @Test
    void stream_abandonedByAnException_givesItsConnectionBackClean() {
        try (Session s = db.open()) {
            Stream<Tag> tags = s.query(Tag.class).stream();
            assertThatThrownBy(() -> tags.forEach(t -> {
                throw new IllegalStateException("stop");
            })).hasMessage("stop");
        }
        anotherWriterThenReadAndWrite();
    }

    @Test
    void withConnection_leavingATransactionOpen_rollsItBackAndSaysSo() {
        assertThatThrownBy(() -> db.get().withConnection(c -> {
            try (var st = c.createStatement()) {
                st.execute("BEGIN");
                st.execute("INSERT INTO \"Tags\"(\"name\") VALUES ('half-done maintenance')");
            }
            return null;
        })).isInstanceOf(IllegalStateException.class)
            .hasMessage("withConnection: the work returned with an SQL transaction still open, so Kinship rolled it "
                + "back (its changes are not committed). Commit it inside the work, e.g. connection.commit() or "
                + "COMMIT.");

        assertThat(db.rows("Tags")).isEqualTo(1_100);
        anotherWriterThenReadAndWrite();
    }

    @Test
    void withConnection_failingInsideATransaction_rollsItBack() {
        assertThatThrownBy(() -> db.get().withConnection(c -> {
            try (var st = c.createStatement()) {
                st.execute("BEGIN");
                st.execute("INSERT INTO \"Tags\"(\"name\") VALUES ('half-done maintenance')");
                throw new SQLException("maintenance step 2 failed");
            }
        })).isInstanceOf(DataAccessException.class).hasMessage("withConnection failed: maintenance step 2 failed");

        assertThat(db.rows("Tags")).isEqualTo(1_100);
        anotherWriterThenReadAndWrite();
    }
}
