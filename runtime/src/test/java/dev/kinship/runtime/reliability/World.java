package dev.kinship.runtime.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kinship.dsl.Schema;
import dev.kinship.runtime.Database;
import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabases;
import dev.kinship.runtime.reliability.Shop.Author;
import dev.kinship.runtime.reliability.Shop.Book;
import dev.kinship.runtime.reliability.Shop.Department;
import dev.kinship.runtime.reliability.Shop.Employee;
import dev.kinship.runtime.reliability.Shop.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The state of one random run: a database, a session, and every instance Kinship returned and
 * the run still holds. {@link #check()} is the oracle — the rule of 0.2 with no unsaved edits:
 * every held instance whose row exists is the one {@code find} returns and agrees with the
 * committed row, every loaded or lazily loaded collection and to-one agrees with the rows, and
 * an instance whose row is gone is not found.
 */
final class World {

    final Database db;
    Session s;
    final List<Author> authors = new ArrayList<>();
    final List<Book> books = new ArrayList<>();
    final List<Tag> tags = new ArrayList<>();
    final List<Department> departments = new ArrayList<>();
    final List<Employee> employees = new ArrayList<>();
    /** Books whose title the run set and whose update has not returned (an unsaved edit, if it fails). */
    boolean inTransaction;
    final java.util.Set<Book> edited = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private static final List<World> OPEN = new ArrayList<>();
    private static final Map<String, Database> DATABASES = new java.util.HashMap<>();

    private World(Database db) {
        this.db = db;
        s = db.openSession();
    }

    /** @return a world on an emptied database of {@code schema} (one per schema, kept across runs) */
    static World opened(String name, java.util.function.Supplier<Schema> schema) {
        Database db = DATABASES.computeIfAbsent(name, n -> {
            Database fresh = TestDatabases.open(schema.get());
            fresh.sync();
            return fresh;
        });
        db.withConnection(c -> {
            try (var st = c.createStatement()) {
                for (String table : List.of("BookTags", "Books", "Authors", "Employees", "Departments", "Tags")) {
                    st.executeUpdate("DELETE FROM \"" + table + "\"");
                }
            }
            return null;
        });
        World world = new World(db);
        OPEN.add(world);
        return world;
    }

    /** Closes the session of every world opened so far. */
    static void closeAll() {
        for (World w : OPEN) {
            try {
                w.s.close();
            } catch (RuntimeException e) {
                // a failed run may leave its session inside a transaction
                w.s = null;
            }
        }
        OPEN.clear();
    }

    /** Closes the databases kept across runs. */
    static void closeDatabases() {
        DATABASES.values().forEach(Database::close);
        DATABASES.clear();
    }

    /** Closes the session and holds, instead of the old instances, those a new session reads. */
    void reopen() {
        s.close();
        s = db.openSession();
        replace(authors, s.query(Author.class).list());
        replace(books, s.query(Book.class).list());
        replace(tags, s.query(Tag.class).list());
        replace(departments, s.query(Department.class).list());
        replace(employees, s.query(Employee.class).list());
    }

    private static <T> void replace(List<T> held, List<T> fresh) {
        held.clear();
        held.addAll(fresh);
    }

    /** Sets the titles of {@link #edited} books back to their rows' (the application dropping its unsaved edits). */
    void revertEdits() {
        Map<Long, Object[]> bookRows = rows("SELECT \"id\", \"title\", \"authorId\" FROM \"Books\"");
        for (Book b : edited) {
            if (b.id != null && bookRows.containsKey(b.id)) {
                b.title = (String) bookRows.get(b.id)[1];
            }
        }
        edited.clear();
    }

    void check() {
        Map<Long, Object[]> authorRows = rows("SELECT \"id\", \"name\" FROM \"Authors\"");
        Map<Long, Object[]> bookRows = rows("SELECT \"id\", \"title\", \"authorId\" FROM \"Books\"");
        Map<Long, Object[]> tagRows = rows("SELECT \"id\", \"name\" FROM \"Tags\"");
        Map<Long, Object[]> departmentRows = rows("SELECT \"id\", \"name\" FROM \"Departments\"");
        Map<Long, Object[]> employeeRows = rows("SELECT \"id\", \"name\", \"departmentId\" FROM \"Employees\"");
        List<long[]> links = new ArrayList<>();
        db.withConnection(c -> {
            try (var st = c.createStatement(); var r = st.executeQuery("SELECT \"bookId\", \"tagId\" FROM \"BookTags\"")) {
                while (r.next()) {
                    links.add(new long[] {r.getLong(1), r.getLong(2)});
                }
            }
            return null;
        });
        held(authors, Author.class, a -> a.id, authorRows, (a, row) -> {
            assertThat(a.name).isEqualTo(row[1]);
            assertThat(ids(a.getBooks(), b -> b.id)).isEqualTo(select(bookRows, r -> Objects.equals(r[2], a.id)));
        });
        held(books, Book.class, b -> b.id, bookRows, (b, row) -> {
            assertThat(b.title).isEqualTo(row[1]);
            assertThat(b.authorId).isEqualTo(row[2]);
            assertThat(b.getAuthor() == null ? null : b.getAuthor().id).isEqualTo(row[2]);
            assertThat(ids(b.getTags(), t -> t.id)).isEqualTo(linked(links, b.id, 0));
        });
        held(tags, Tag.class, t -> t.id, tagRows, (t, row) -> {
            assertThat(t.name).isEqualTo(row[1]);
            assertThat(ids(t.getBooks(), b -> b.id)).isEqualTo(linked(links, t.id, 1));
        });
        held(departments, Department.class, d -> d.id, departmentRows, (d, row) -> {
            assertThat(d.name).isEqualTo(row[1]);
            assertThat(ids(d.getEmployees(), e -> e.id))
                .isEqualTo(select(employeeRows, r -> Objects.equals(r[2], d.id)));
        });
        held(employees, Employee.class, e -> e.id, employeeRows, (e, row) -> {
            assertThat(e.name).isEqualTo(row[1]);
            assertThat(e.departmentId).isEqualTo(row[2]);
            assertThat(e.getDepartment() == null ? null : e.getDepartment().id).isEqualTo(row[2]);
        });
    }

    /** Checks each held instance against its row; drops those whose row is gone (after checking find does not return them). */
    private <T> void held(List<T> instances, Class<T> type, java.util.function.Function<T, Long> id,
            Map<Long, Object[]> rows, java.util.function.BiConsumer<T, Object[]> agrees) {
        for (T instance : List.copyOf(instances)) {
            Long key = id.apply(instance);
            if (key == null || !rows.containsKey(key)) {
                if (key != null) {
                    assertThat(s.find(type, key)).as("find(%s, %s) of a deleted row", type.getSimpleName(), key)
                        .isEmpty();
                }
                instances.remove(instance);
                continue;
            }
            assertThat(s.find(type, key)).as("find(%s, %s)", type.getSimpleName(), key).containsSame(instance);
            agrees.accept(instance, rows.get(key));
        }
    }

    private static <T> List<Long> ids(List<T> values, java.util.function.Function<T, Long> id) {
        List<Long> out = new ArrayList<>();
        values.forEach(v -> out.add(id.apply(v)));
        out.sort(null);
        return out;
    }

    private static List<Long> select(Map<Long, Object[]> rows, java.util.function.Predicate<Object[]> where) {
        List<Long> out = new ArrayList<>();
        rows.forEach((id, row) -> {
            if (where.test(row)) {
                out.add(id);
            }
        });
        return out;
    }

    private static List<Long> linked(List<long[]> links, Long id, int side) {
        List<Long> out = new ArrayList<>();
        for (long[] link : links) {
            if (link[side] == id) {
                out.add(link[1 - side]);
            }
        }
        out.sort(null);
        return out;
    }

    /** @return the rows of {@code sql} by their first column (integers as Long) */
    private Map<Long, Object[]> rows(String sql) {
        return db.withConnection(c -> {
            Map<Long, Object[]> out = new TreeMap<>();
            try (var st = c.createStatement(); var r = st.executeQuery(sql)) {
                int n = r.getMetaData().getColumnCount();
                while (r.next()) {
                    Object[] row = new Object[n];
                    for (int i = 0; i < n; i++) {
                        Object v = r.getObject(i + 1);
                        row[i] = v instanceof Number number && !(v instanceof Double) ? (Object) number.longValue() : v;
                    }
                    out.put((Long) row[0], row);
                }
            }
            return out;
        });
    }
}
