package dev.kinship.runtime.reliability;

import dev.kinship.dsl.Schema;
import dev.kinship.runtime.TestDatabases;
import dev.kinship.dsl.KinshipException;
import dev.kinship.runtime.reliability.Shop.Author;
import dev.kinship.runtime.reliability.Shop.Book;
import dev.kinship.runtime.reliability.Shop.Department;
import dev.kinship.runtime.reliability.Shop.Employee;
import dev.kinship.runtime.reliability.Shop.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.function.Supplier;

/**
 * Random sequences of inserts, updates, deletes, association operations, lazy loads,
 * transactions that commit or roll back (with their work) and session reopens, on the
 * reliability schema with the database's delete rules and with Kinship's ({@code hooks(true)});
 * after every step {@link World#check()} compares everything the run holds with the committed
 * rows. The runs are seeded, so a failure, which names its seed and steps, runs again as it was.
 */
class ModelBasedTest {

    /** One operation: what to do and which held instances it picks (indices taken modulo the counts). */
    record Op(int kind, int i, int j) {

        void apply(World w) {
            try {
                run(w);
            } catch (KinshipException | IllegalArgumentException e) {
                // a refused call; check() verifies it wrote nothing
            }
        }

        private void run(World w) {
            switch (kind) {
                case 0 -> w.authors.add(w.s.insert(new Author("a" + i)));
                case 1 -> w.books.add(w.s.insert(new Book("b" + i, pick(w.authors) == null ? null : pick(w.authors).id)));
                case 2 -> w.tags.add(w.s.insert(new Tag("t" + i)));
                case 3 -> w.departments.add(w.s.insert(new Department("d" + i)));
                case 4 -> w.employees.add(w.s.insert(new Employee("e" + i,
                    pick(w.departments) == null ? null : pick(w.departments).id)));
                case 5 -> {
                    Book b = pick(w.books);
                    if (b != null) {
                        w.edited.add(b);
                        b.title = "b" + j;
                        w.s.update(b);
                        if (!w.inTransaction) {
                            w.edited.remove(b);
                        }
                    }
                }
                case 6 -> delete(w, pick(w.authors));
                case 7 -> delete(w, pick(w.books));
                case 8 -> delete(w, pick(w.tags));
                case 9 -> delete(w, pick(w.departments));
                case 10 -> {
                    Book b = pick(w.books);
                    if (b != null) {
                        w.s.toOne(b, "author").set(other(w.authors));
                    }
                }
                case 11 -> {
                    Author a = pick(w.authors);
                    Book b = other(w.books);
                    if (a != null && b != null) {
                        if (j % 2 == 0) {
                            w.s.toMany(a, "books").add(b);
                        } else {
                            w.s.toMany(a, "books").remove(b);
                        }
                    }
                }
                case 12 -> {
                    Author a = pick(w.authors);
                    if (a != null) {
                        w.books.add(w.s.<Book>toMany(a, "books").create(new Book("c" + j, null)));
                    }
                }
                case 13 -> {
                    Book b = pick(w.books);
                    Tag t = other(w.tags);
                    if (b != null && t != null) {
                        if (j % 2 == 0) {
                            w.s.toMany(b, "tags").add(t);
                        } else {
                            w.s.toMany(t, "books").remove(b);
                        }
                    }
                }
                case 14 -> {
                    Employee e = pick(w.employees);
                    if (e != null) {
                        w.s.toOne(e, "department").set(other(w.departments));
                    }
                }
                case 15 -> {
                    Author a = pick(w.authors);
                    Tag t = pick(w.tags);
                    Department d = pick(w.departments);
                    if (a != null) {
                        a.getBooks().size();
                    }
                    if (t != null) {
                        t.getBooks().size();
                    }
                    if (d != null) {
                        d.getEmployees().size();
                    }
                }
                default -> {
                    Employee e = pick(w.employees);
                    if (e != null) {
                        delete(w, e);
                    }
                }
            }
        }

        /** Deletes {@code entity}; the run stops holding it, and the books an author's delete cascades to. */
        private static void delete(World w, Object entity) {
            if (entity == null) {
                return;
            }
            w.s.delete(entity);
            w.authors.remove(entity);
            w.books.remove(entity);
            w.tags.remove(entity);
            w.departments.remove(entity);
            w.employees.remove(entity);
            if (entity instanceof Author a) {
                w.books.removeIf(b -> a.id.equals(b.authorId));
            }
        }

        private <T> T pick(List<T> held) {
            return held.isEmpty() ? null : held.get(Math.floorMod(i, held.size()));
        }

        private <T> T other(List<T> held) {
            return held.isEmpty() || j % 5 == 4 ? null : held.get(Math.floorMod(j, held.size()));
        }
    }

    static final int KINDS = 17;
    /** Runs per schema; {@code -Dkinship.modelbased.runs=2000} runs many more. */
    static final int RUNS = Integer.getInteger("kinship.modelbased.runs", 20);
    /** Steps per run: a few seconds per database in all. */
    static final int STEPS = TestDatabases.postgresql() ? 8 : 30;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, RUNS);
    }

    private static Op op(Random random) {
        return new Op(random.nextInt(KINDS), random.nextInt(8), random.nextInt(10));
    }

    /**
     * One run: {@link #STEPS} steps drawn from {@code seed} — an operation (weight 8), a
     * transaction of one to four operations that commits or rolls back (weight 3), or a new
     * session (weight 1) — each followed by {@link World#check()}. A failure names the seed and
     * the steps so far, so that it can be run again as it was.
     */
    private static void run(long seed, String name, Supplier<Schema> schema) {
        Random random = new Random(seed);
        List<String> steps = new ArrayList<>();
        try {
            World w = World.opened(name, schema);
            for (int n = 0; n < STEPS; n++) {
                int pick = random.nextInt(12);
                if (pick < 8) {
                    Op op = op(random);
                    steps.add(op.toString());
                    op.apply(w);
                } else if (pick < 11) {
                    List<Op> work = new ArrayList<>();
                    for (int k = 1 + random.nextInt(4); k > 0; k--) {
                        work.add(op(random));
                    }
                    boolean commit = random.nextBoolean();
                    steps.add("transaction " + work + (commit ? " committed" : " rolled back"));
                    transaction(w, work, commit);
                } else {
                    steps.add("reopen");
                    w.reopen();
                }
                w.check();
            }
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError(name + ", seed " + seed + ", after " + steps + ": " + e.getMessage(), e);
        } finally {
            World.closeAll();
        }
    }

    private static void transaction(World w, List<Op> work, boolean commit) {
        int[] sizes = {w.authors.size(), w.books.size(), w.tags.size(), w.departments.size(), w.employees.size()};
        try {
            w.edited.clear();
            w.inTransaction = true;
            w.s.useTransaction(tx -> {
                work.forEach(op -> op.apply(w));
                if (!commit) {
                    throw new RolledBack();
                }
            });
            w.edited.clear();
        } catch (RolledBack e) {
            // the application's own unsaved edits stay after a rolled-back write; the run takes them back itself
            w.revertEdits();
            // instances inserted inside are no rows: their ids were taken back
            trim(w.authors, sizes[0]);
            trim(w.books, sizes[1]);
            trim(w.tags, sizes[2]);
            trim(w.departments, sizes[3]);
            trim(w.employees, sizes[4]);
        } finally {
            w.inTransaction = false;
        }
    }

    private static void trim(List<?> held, int size) {
        while (held.size() > size) {
            held.remove(held.size() - 1);
        }
    }

    /** The deliberate failure that rolls a random transaction back. */
    static final class RolledBack extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomSequences_withTheDatabasesDeleteRules_keepMemoryAgreeingWithTheRows(long seed) {
        run(seed, "database rules", Shop::schema);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomSequences_withHookedDeleteRules_keepMemoryAgreeingWithTheRows(long seed) {
        run(seed, "hooked rules", Shop::hooked);
    }

    @AfterAll
    static void closeDatabases() {
        World.closeDatabases();
    }
}
