package dev.kinship.runtime.query;

import static dev.kinship.runtime.Where.and;
import static dev.kinship.runtime.Where.between;
import static dev.kinship.runtime.Where.eq;
import static dev.kinship.runtime.Where.ge;
import static dev.kinship.runtime.Where.gt;
import static dev.kinship.runtime.Where.has;
import static dev.kinship.runtime.Where.in;
import static dev.kinship.runtime.Where.isNotNull;
import static dev.kinship.runtime.Where.isNull;
import static dev.kinship.runtime.Where.le;
import static dev.kinship.runtime.Where.like;
import static dev.kinship.runtime.Where.likeIgnoreCase;
import static dev.kinship.runtime.Where.lt;
import static dev.kinship.runtime.Where.ne;
import static dev.kinship.runtime.Where.not;
import static dev.kinship.runtime.Where.notIn;
import static dev.kinship.runtime.Where.or;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kinship.runtime.Condition;
import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.query.Library.Author;
import dev.kinship.runtime.query.Library.Book;
import dev.kinship.runtime.query.Library.Loan;
import dev.kinship.runtime.query.Library.Member;
import dev.kinship.runtime.query.Library.Status;
import dev.kinship.runtime.query.Library.Tag;
import dev.kinship.runtime.SqlLog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code Query.where(Condition...)}: every factory, three-valued logic, paths and has, on both databases. */
class QueryConditionsTest {

    static final LocalDate TODAY = LocalDate.of(2024, 5, 10);

    @RegisterExtension
    final TestDatabase db = TestDatabase.inMemory(Library::schema);

    @BeforeEach
    void lend() {
        try (Session s = db.open()) {
            Author pratchett = s.insert(new Author("Pratchett"));
            Author leguin = s.insert(new Author("Le Guin"));
            Book mort = s.insert(new Book("Mort", new BigDecimal("9.50"), true, pratchett.id));
            Book guards = s.insert(new Book("Guards! Guards!", new BigDecimal("10.00"), false, pratchett.id));
            Book earthsea = s.insert(new Book("A Wizard of Earthsea", new BigDecimal("100"), true, leguin.id));
            s.insert(new Book("50% Off_Sale", null, null, null));
            Member ann = s.insert(new Member("ann", Status.ACTIVE));
            Member bob = s.insert(new Member("bob", Status.SUSPENDED));
            s.insert(new Member("cid", null));
            s.insert(new Loan(mort.id, ann.id, TODAY.minusDays(3), null));
            s.insert(new Loan(guards.id, ann.id, TODAY.minusDays(1), TODAY.minusDays(2)));
            s.insert(new Loan(earthsea.id, bob.id, TODAY.plusDays(5), null));
            s.insert(new Loan(mort.id, bob.id, TODAY.minusDays(20), TODAY.minusDays(25)));
            Tag fantasy = s.insert(new Tag("fantasy"));
            s.insert(new Tag("humour"));
            s.toMany(mort, "tags").add(fantasy);
            s.toMany(earthsea, "tags").add(fantasy);
        }
    }

    private List<String> titles(Condition... conditions) {
        try (Session s = db.open()) {
            return s.query(Book.class).where(conditions).orderBy("id").list().stream().map(b -> b.title).toList();
        }
    }

    private List<String> members(Condition... conditions) {
        try (Session s = db.open()) {
            return s.query(Member.class).where(conditions).orderBy("id").list().stream().map(m -> m.name).toList();
        }
    }

    @Test
    void overdueLoans_dueBeforeTodayAndNotReturned() {
        try (Session s = db.open()) {
            List<Loan> overdue = s.query(Loan.class).where(lt("dueDate", TODAY), isNull("returnedAt")).list();

            assertThat(overdue).singleElement().satisfies(l -> assertThat(l.dueDate).isEqualTo(TODAY.minusDays(3)));
        }
    }

    @Test
    void comparisons_onTextDecimalBooleanAndEnum() {
        assertThat(titles(eq("title", "Mort"))).containsExactly("Mort");
        assertThat(titles(gt("price", new BigDecimal("9.5")))).containsExactly("Guards! Guards!", "A Wizard of Earthsea");
        assertThat(titles(ge("price", new BigDecimal("10")))).containsExactly("Guards! Guards!", "A Wizard of Earthsea");
        assertThat(titles(le("price", 10))).containsExactly("Mort", "Guards! Guards!");
        assertThat(titles(between("price", new BigDecimal("9.5"), new BigDecimal("10")))).containsExactly("Mort",
            "Guards! Guards!");
        assertThat(titles(eq("available", true))).containsExactly("Mort", "A Wizard of Earthsea");
        assertThat(members(eq("status", Status.SUSPENDED))).containsExactly("bob");
        assertThat(members(in("status", List.of("ACTIVE", Status.SUSPENDED)))).containsExactly("ann", "bob");
    }

    @Test
    void ne_andNot_leaveNullRowsOut() {
        assertThat(members(ne("status", Status.ACTIVE))).containsExactly("bob");
        assertThat(members(not(eq("status", Status.ACTIVE)))).containsExactly("bob");
        assertThat(members(notIn("status", List.of(Status.ACTIVE)))).containsExactly("bob");
        assertThat(members(or(isNull("status"), ne("status", Status.ACTIVE)))).containsExactly("bob", "cid");
        assertThat(titles(not(isNull("price")))).hasSize(3);
    }

    @Test
    void emptyJunctionsAndLists_matchAllOrNothing() {
        assertThat(members(and())).hasSize(3);
        assertThat(members(or())).isEmpty();
        assertThat(members(in("name", List.of()))).isEmpty();
        assertThat(members(notIn("name", List.of()))).hasSize(3);
        assertThat(members(not(in("name", List.of())))).hasSize(3);
    }

    @Test
    void like_isCaseSensitiveAndEscapesWildcards() {
        assertThat(titles(like("title", "%guards%"))).isEmpty();
        assertThat(titles(like("title", "%Guards%"))).containsExactly("Guards! Guards!");
        assertThat(titles(likeIgnoreCase("title", "%guards%"))).containsExactly("Guards! Guards!");
        assertThat(titles(like("title", "M_rt"))).containsExactly("Mort");
        assertThat(titles(like("title", "50\\% Off\\_%"))).containsExactly("50% Off_Sale");
        assertThat(titles(like("title", "5_\\%%"))).containsExactly("50% Off_Sale");
        assertThat(titles(like("title", "%[%"))).isEmpty();
    }

    @Test
    void in_manyValues_matchesTheGivenOnes() {
        assertThat(titles(in("title", List.of("Mort", "A Wizard of Earthsea", "x")))).containsExactly("Mort",
            "A Wizard of Earthsea");
    }

    @Test
    void in_listsOfSimilarLength_shareOneStatement() {
        try (SqlLog log = SqlLog.start(); Session s = db.open()) {
            s.query(Book.class).where(in("title", List.of("a", "b", "c"))).list();
            s.query(Book.class).where(in("title", List.of("a", "b", "c", "d"))).list();
            s.query(Book.class).where(in("title", List.of("a", "b", "c", "d", "e"))).list();

            List<String> statements = log.statements();
            assertThat(statements.get(statements.size() - 3)).isEqualTo(statements.get(statements.size() - 2));
            assertThat(statements.get(statements.size() - 1)).isNotEqualTo(statements.get(statements.size() - 2));
        }
    }

    @Test
    void paths_throughToOneAssociations_inWhereAndOrder() {
        try (Session s = db.open()) {
            List<Loan> loans = s.query(Loan.class).where(eq("book.author.name", "Pratchett"), isNotNull("member.name"))
                .orderByDescending("member.name").orderBy("book.title").orderBy("id").list();

            assertThat(loans).extracting(l -> l.getBook().title + "/" + l.getMember().name)
                .containsExactly("Mort/bob", "Guards! Guards!/ann", "Mort/ann");
        }
        try (Session s = db.open()) {
            assertThat(s.query(Book.class).orderBy("author.name").orderBy("id").list()).extracting(b -> b.title)
                .containsExactly("50% Off_Sale", "A Wizard of Earthsea", "Mort", "Guards! Guards!");
            assertThat(s.query(Book.class).where(eq("author.name", "Pratchett")).count()).isEqualTo(2);
            assertThat(s.query(Book.class).where(isNull("author.name")).count()).isEqualTo(1);
        }
    }

    @Test
    void paths_composeWithIncludeOfTheSameAssociationWithoutASecondJoin() {
        try (SqlLog log = SqlLog.start(); Session s = db.open()) {
            List<Book> books = s.query(Book.class).include("author").where(eq("author.name", "Pratchett"))
                .orderBy("author.name").orderBy("title").list();

            assertThat(books).extracting(b -> b.getAuthor().name).containsExactly("Pratchett", "Pratchett");
            assertThat(s.stats().statements()).isEqualTo(1);
            assertThat(log.last("SELECT ")).containsOnlyOnce("JOIN \"Authors\"");
        }
    }

    @Test
    void has_onEveryKindOfAssociation() {
        assertThat(titles(has("loans", isNull("returnedAt")))).containsExactly("Mort", "A Wizard of Earthsea");
        assertThat(titles(has("loans"))).containsExactly("Mort", "Guards! Guards!", "A Wizard of Earthsea");
        assertThat(titles(not(has("loans")))).containsExactly("50% Off_Sale");
        assertThat(titles(has("tags", eq("name", "fantasy")))).containsExactly("Mort", "A Wizard of Earthsea");
        assertThat(titles(has("author", like("name", "Le%")))).containsExactly("A Wizard of Earthsea");
        try (Session s = db.open()) {
            List<Author> lentToBob = s.query(Author.class)
                .where(has("books", has("loans", has("member", eq("name", "bob"))))).list();
            assertThat(lentToBob).extracting(a -> a.name).containsExactly("Pratchett", "Le Guin");
            assertThat(s.query(Member.class).where(has("loans", eq("book.author.name", "Le Guin"))).list())
                .extracting(m -> m.name).containsExactly("bob");
        }
    }

    @Test
    void conditions_costNoExtraStatements() {
        try (Session s = db.open()) {
            s.query(Book.class).include("loans").include("tags").list();
            long plain = s.stats().statements();
            s.query(Book.class).include("loans").include("tags")
                .where(has("loans"), eq("author.name", "Pratchett"), in("title", List.of("Mort", "x"))).list();

            assertThat(s.stats().statements() - plain).isEqualTo(plain);
        }
    }

    @Test
    void unknownField_listsTheFieldsAndSuggestsOneEditAway() {
        try (Session s = db.open()) {
            assertThatThrownBy(() -> s.query(Book.class).where(eq("titel", "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Field \"titel\": Book has no field 'titel'. Did you mean 'title'? Its fields: [id, title, "
                    + "price, available, authorId].");
        }
    }

    @Test
    void unknownPathSegment_listsTheToOneAssociations() {
        try (Session s = db.open()) {
            assertThatThrownBy(() -> s.query(Loan.class).where(eq("bok.title", "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Field \"bok.title\": Loan has no to-one association 'bok'. Did you mean 'book'? Its to-one "
                    + "associations: [book, member].");
            assertThatThrownBy(() -> s.query(Book.class).orderBy("loans.dueDate"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("orderBy(\"loans.dueDate\"): Field \"loans.dueDate\": Book has no to-one association "
                    + "'loans' ('loans' is HAS_MANY; test it with has(\"loans\", ...)). Its to-one associations: "
                    + "[author].");
        }
    }

    @Test
    void wrongValueType_namesFieldAndValue() {
        try (Session s = db.open()) {
            assertThatThrownBy(() -> s.query(Book.class).where(in("authorId", List.of(1L, "two"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("in(\"authorId\", ...): field Book.authorId is Long, but the value given is the String "
                    + "\"two\". Pass a Long, e.g. 12L.");
            assertThatThrownBy(() -> s.query(Loan.class).where(lt("book.price", "cheap")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("lt(\"book.price\", ...): field Book.price is BigDecimal, but the value given "
                    + "is the String \"cheap\".");
        }
    }

    @Test
    void like_onANonStringField_isRefused() {
        try (Session s = db.open()) {
            assertThatThrownBy(() -> s.query(Book.class).where(like("price", "1%")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("like(\"price\", ...): field Book.price is BigDecimal, not a String. Use eq, in or between "
                    + "for it.");
        }
    }

    @Test
    void has_unknownAlias_listsTheAssociations() {
        try (Session s = db.open()) {
            assertThatThrownBy(() -> s.query(Book.class).where(has("loan")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("has(\"loan\", ...): Book has no association 'loan'. Did you mean 'loans'? Its associations: "
                    + "[author, loans, tags].");
        }
    }
}
