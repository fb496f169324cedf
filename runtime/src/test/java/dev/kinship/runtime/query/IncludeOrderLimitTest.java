package dev.kinship.runtime.query;

import static dev.kinship.runtime.Where.eq;
import static dev.kinship.runtime.Where.isNull;
import static dev.kinship.runtime.Where.like;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.query.Library.Author;
import dev.kinship.runtime.query.Library.Book;
import dev.kinship.runtime.query.Library.Loan;
import dev.kinship.runtime.query.Library.Member;
import dev.kinship.runtime.query.Library.Status;
import dev.kinship.runtime.query.Library.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code Include.where(Condition...)}, {@code orderBy} and per-owner {@code limit}, in as many statements as without them. */
class IncludeOrderLimitTest {

    static final LocalDate DAY = LocalDate.of(2024, 5, 1);

    @RegisterExtension
    final TestDatabase db = TestDatabase.inMemory(Library::schema);

    @BeforeEach
    void lend() {
        try (Session s = db.open()) {
            Author pratchett = s.insert(new Author("Pratchett"));
            Author leguin = s.insert(new Author("Le Guin"));
            Book mort = s.insert(new Book("Mort", BigDecimal.ONE, true, pratchett.id));
            Book guards = s.insert(new Book("Guards", BigDecimal.ONE, true, pratchett.id));
            Book earthsea = s.insert(new Book("Earthsea", BigDecimal.ONE, true, leguin.id));
            s.insert(new Book("Tehanu", BigDecimal.ONE, true, leguin.id));
            Member ann = s.insert(new Member("ann", Status.ACTIVE));
            Member bob = s.insert(new Member("bob", Status.ACTIVE));
            for (int day = 1; day <= 5; day++) {
                s.insert(new Loan(mort.id, day % 2 == 0 ? ann.id : bob.id, DAY.plusDays(day), null));
                s.insert(new Loan(earthsea.id, ann.id, DAY.plusDays(10 - day), day == 1 ? null : DAY));
            }
            s.insert(new Loan(guards.id, bob.id, DAY, DAY));
            Tag a = s.insert(new Tag("a"));
            Tag b = s.insert(new Tag("b"));
            Tag c = s.insert(new Tag("c"));
            s.toMany(mort, "tags").addAll(List.of(c, a, b));
            s.toMany(earthsea, "tags").add(b);
        }
    }

    private static List<LocalDate> dues(Book book) {
        return book.getLoans().stream().map(l -> l.dueDate).toList();
    }

    @Test
    void orderByDescendingAndLimit_keepTheLatestLoansOfEveryBook() {
        try (Session s = db.open()) {
            List<Book> books = s.query(Book.class).include("loans", i -> i.orderByDescending("dueDate").limit(2))
                .orderBy("id").list();

            assertThat(books).extracting(IncludeOrderLimitTest::dues).containsExactly(
                List.of(DAY.plusDays(5), DAY.plusDays(4)), List.of(DAY), List.of(DAY.plusDays(9), DAY.plusDays(8)),
                List.of());
            assertThat(s.stats().statements()).isEqualTo(2);
            assertThat(s.toMany(books.get(0), "loans").count()).isEqualTo(5);
        }
    }

    @Test
    void limitWithoutOrder_keepsTheLowestIds() {
        try (Session s = db.open()) {
            Book mort = s.query(Book.class).where("title", "Mort").include("loans", i -> i.limit(1)).first().orElseThrow();

            assertThat(mort.getLoans()).singleElement().satisfies(l -> assertThat(l.dueDate).isEqualTo(DAY.plusDays(1)));
        }
    }

    @Test
    void orderBy_ordersTheLoadedListWithoutChangingTheStatementCount() {
        try (Session s = db.open()) {
            List<Book> plain = s.query(Book.class).include("loans").include("tags").list();
            long statements = s.stats().statements();
            List<Book> books = s.query(Book.class).include("loans", i -> i.orderBy("dueDate"))
                .include("tags", i -> i.orderByDescending("name")).orderBy("id").list();

            assertThat(s.stats().statements()).isEqualTo(2 * statements);
            assertThat(plain).hasSize(4);
            assertThat(dues(books.get(2))).isSorted();
            assertThat(books.get(0).getTags()).extracting(t -> t.name).containsExactly("c", "b", "a");
        }
    }

    @Test
    void belongsToManyLimit_keepsThatManyTagsPerBook() {
        try (Session s = db.open()) {
            List<Book> books = s.query(Book.class).include("tags", i -> i.orderBy("name").limit(2)).orderBy("id").list();

            assertThat(books).extracting(b -> b.getTags().stream().map(t -> t.name).toList())
                .containsExactly(List.of("a", "b"), List.of(), List.of("b"), List.of());
        }
    }

    @Test
    void joinedCollection_orderBy_ordersEachList() {
        try (Session s = db.open()) {
            List<Book> books = s.query(Book.class).include("loans", i -> i.separate(false).orderByDescending("dueDate"))
                .orderBy("id").list();

            assertThat(s.stats().statements()).isEqualTo(1);
            assertThat(dues(books.get(0))).isSortedAccordingTo(java.util.Comparator.reverseOrder()).hasSize(5);
        }
    }

    @Test
    void includeWhere_conditionsAndPaths_filterTheTargetsAndTheOwners() {
        try (Session s = db.open()) {
            List<Book> books = s.query(Book.class)
                .include("loans", i -> i.where(isNull("returnedAt"), eq("member.name", "ann")).orderBy("dueDate"))
                .orderBy("id").list();

            assertThat(books).extracting(b -> b.title).containsExactly("Mort", "Earthsea");
            assertThat(dues(books.get(0))).containsExactly(DAY.plusDays(2), DAY.plusDays(4));
            assertThat(dues(books.get(1))).containsExactly(DAY.plusDays(9));
        }
        try (Session s = db.open()) {
            List<Author> authors = s.query(Author.class).include("books", i -> i.where(like("title", "%ea%"))).list();

            assertThat(authors).singleElement().satisfies(a -> assertThat(a.getBooks()).extracting(b -> b.title)
                .containsExactly("Earthsea"));
        }
    }

    @Test
    void limit_onAToOneInclude_isRefused() {
        try (Session s = db.open()) {
            assertThatThrownBy(() -> s.query(Book.class).include("author", i -> i.limit(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("include(\"author\").limit(1): 'author' is belongsTo, a to-one association; order and limit "
                    + "apply to to-many includes.");
        }
    }

    @Test
    void limit_zero_isRefused() {
        try (Session s = db.open()) {
            assertThatThrownBy(() -> s.query(Book.class).include("loans", i -> i.limit(0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("include(\"loans\").limit(0): a limit keeps at least one target per owner. Pass 1 or more, "
                    + "or leave the include out.");
        }
    }

    @Test
    void includeWhere_unknownField_isRefusedAtTheCall() {
        try (Session s = db.open()) {
            assertThatThrownBy(() -> s.query(Book.class).include("loans", i -> i.where(eq("due", DAY))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("include(\"loans\").where(...): Field \"due\": Loan has no field 'due'. Its fields: [id, "
                    + "dueDate, returnedAt, bookId, memberId].");
            assertThatThrownBy(() -> s.query(Book.class).include("loans", i -> i.where("dueDate", "soon")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("include(\"loans\").where(\"dueDate\", ...): field Loan.dueDate is LocalDate, but the value "
                    + "given is the String \"soon\". Pass a LocalDate.");
        }
    }
}
