package dev.kinship.runtime.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kinship.dsl.Schema;
import dev.kinship.runtime.ConstraintViolationException;
import dev.kinship.runtime.Database;
import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.core.Pragmas.Column;
import dev.kinship.runtime.core.Pragmas.ForeignKey;
import dev.kinship.runtime.core.Pragmas.Index;
import dev.kinship.runtime.TestDatabases;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What {@code sync()} creates, read back from SQLite: tables, column types, keys, foreign keys and indexes. */
@Tag(TestDatabases.SQLITE_ONLY) // SQLite DDL text and PRAGMA read-back; PostgreSQL has PostgresDdlTest
class DdlTest {

    @Nested
    class Seed {

        @RegisterExtension
        final TestDatabase db = TestDatabase.inMemory(SeedModels::schema);

        @Test
        void sync_seedSchema_createsATableForEveryModelAndEveryStringThroughTable() {
            assertThat(Pragmas.tables(db.get())).containsExactlyInAnyOrder("Users", "Profiles", "Departments",
                "Employees", "Products", "Tags", "Posts", "Comments", "Categories", "Teams", "Projects", "TeamMembers",
                "ProductTags", "PostCategories", "PostLikes");
        }

        @Test
        void ddl_everyStatement_isIfNotExists() {
            assertThat(db.get().ddl()).allSatisfy(statement -> assertThat(statement)
                .matches("(?s)CREATE (TABLE|INDEX|UNIQUE INDEX) IF NOT EXISTS .*"));
        }

        @Test
        void ddl_generatedLongId_isIntegerPrimaryKey() {
            assertThat(Pragmas.createStatement(db.get(), "Users")).contains("\"id\" INTEGER PRIMARY KEY");
            assertThat(Pragmas.column(db.get(), "Users", "id")).isEqualTo(new Column("id", "INTEGER", false, 1));
        }

        @Test
        void ddl_userHasOneProfile_profileUserIdReferencesUsersWithCascade() {
            assertThat(Pragmas.foreignKeys(db.get(), "Profiles"))
                .containsExactly(new ForeignKey("userId", "Users", "id", "CASCADE", "CASCADE"));
        }

        @Test
        void ddl_departmentHasManyEmployees_setNullAndNullableKey() {
            assertThat(Pragmas.foreignKeys(db.get(), "Employees"))
                .containsExactly(new ForeignKey("departmentId", "Departments", "id", "SET NULL", "CASCADE"));
            assertThat(Pragmas.column(db.get(), "Employees", "departmentId").notNull()).isFalse();
        }

        @Test
        void ddl_productTagsNamedByString_compositePrimaryKeyAndCascadeToBothSides() {
            assertThat(Pragmas.columns(db.get(), "ProductTags")).containsExactly(
                new Column("productId", "INTEGER", true, 1), new Column("tagId", "INTEGER", true, 2));
            assertThat(Pragmas.foreignKeys(db.get(), "ProductTags")).containsExactlyInAnyOrder(
                new ForeignKey("productId", "Products", "id", "CASCADE", "CASCADE"),
                new ForeignKey("tagId", "Tags", "id", "CASCADE", "CASCADE"));
        }

        @Test
        void ddl_postBelongsToAuthor_setNullByDefault() {
            assertThat(Pragmas.foreignKeys(db.get(), "Posts"))
                .containsExactly(new ForeignKey("authorId", "Users", "id", "SET NULL", "CASCADE"));
        }

        @Test
        void ddl_postHasManyComments_cascade() {
            assertThat(Pragmas.foreignKeys(db.get(), "Comments"))
                .containsExactly(new ForeignKey("postId", "Posts", "id", "CASCADE", "CASCADE"));
        }

        @Test
        void ddl_postCategoriesAndPostLikes_compositeKeysReferringToBothSides() {
            assertThat(Pragmas.foreignKeys(db.get(), "PostCategories")).containsExactlyInAnyOrder(
                new ForeignKey("postId", "Posts", "id", "CASCADE", "CASCADE"),
                new ForeignKey("categoryId", "Categories", "id", "CASCADE", "CASCADE"));
            assertThat(Pragmas.foreignKeys(db.get(), "PostLikes")).containsExactlyInAnyOrder(
                new ForeignKey("postId", "Posts", "id", "CASCADE", "CASCADE"),
                new ForeignKey("userId", "Users", "id", "CASCADE", "CASCADE"));
            assertThat(Pragmas.columns(db.get(), "PostLikes")).extracting(Column::primaryKeyPosition)
                .containsExactly(1, 2);
        }

        @Test
        void ddl_teamHasManyScopedProjects_keyReferencesTeams() {
            assertThat(Pragmas.foreignKeys(db.get(), "Projects"))
                .containsExactly(new ForeignKey("teamId", "Teams", "id", "SET NULL", "CASCADE"));
        }

        @Test
        void ddl_teamMemberJoinModelWithConstraintsFalseAndUniqueFalse_noForeignKeyAndNoUniquePair() {
            assertThat(Pragmas.foreignKeys(db.get(), "TeamMembers")).isEmpty();
            assertThat(Pragmas.indexes(db.get(), "TeamMembers")).noneMatch(Index::unique);
            assertThat(Pragmas.columns(db.get(), "TeamMembers")).extracting(Column::name)
                .containsExactly("id", "teamId", "userId", "role", "deletedAt");
        }

        @Test
        void ddl_everyKeyColumn_hasAnIndexLedByIt() {
            List<String[]> keys = List.of(new String[] {"Profiles", "userId"},
                new String[] {"Employees", "departmentId"}, new String[] {"ProductTags", "productId"},
                new String[] {"ProductTags", "tagId"}, new String[] {"Posts", "authorId"},
                new String[] {"Comments", "postId"}, new String[] {"PostCategories", "postId"},
                new String[] {"PostCategories", "categoryId"}, new String[] {"PostLikes", "postId"},
                new String[] {"PostLikes", "userId"}, new String[] {"Projects", "teamId"},
                new String[] {"TeamMembers", "teamId"}, new String[] {"TeamMembers", "userId"});
            for (String[] key : keys) {
                assertThat(Pragmas.indexes(db.get(), key[0]))
                    .as("index on %s.%s", key[0], key[1])
                    .anySatisfy(index -> assertThat(index.columns()).first().isEqualTo(key[1]));
            }
        }

        @Test
        void sync_twice_keepsTablesAndRows() {
            try (Session s = db.open()) {
                s.insert(new SeedModels.User("ada", "ada@example.org"));
            }
            List<String> tables = Pragmas.tables(db.get());

            db.get().sync();

            assertThat(Pragmas.tables(db.get())).isEqualTo(tables);
            assertThat(db.rows("Users")).isEqualTo(1);
        }
    }

    @Nested
    class Keys {

        @RegisterExtension
        final TestDatabase db = TestDatabase.inMemory(KeyModels::schema);

        @Test
        void ddl_allowNullFalse_keyIsNotNullAndCascades() {
            assertThat(Pragmas.column(db.get(), "Invoices", "customerCode"))
                .isEqualTo(new Column("customerCode", "TEXT", true, 0));
            assertThat(Pragmas.foreignKeys(db.get(), "Invoices"))
                .containsExactly(new ForeignKey("customerCode", "Customers", "code", "CASCADE", "CASCADE"));
        }

        @Test
        void ddl_primitiveKey_isNotNull() {
            assertThat(Pragmas.column(db.get(), "Lines", "invoiceId").notNull()).isTrue();
        }

        @Test
        void ddl_targetKeyThatIsNotTheId_referencedColumnGetsAUniqueIndex() {
            assertThat(Pragmas.indexes(db.get(), "Customers"))
                .anySatisfy(index -> {
                    assertThat(index.unique()).isTrue();
                    assertThat(index.columns()).containsExactly("code");
                });
        }

        @Test
        void insert_keyReferringToANonIdColumn_isAcceptedByTheDatabase() {
            try (Session s = db.open()) {
                s.insert(new KeyModels.Customer("ACME", "Acme Ltd"));
                s.insert(new KeyModels.Invoice("2024-001", "ACME"));
            }
            assertThat(db.rows("Invoices")).isEqualTo(1);
        }

        @Test
        void ddl_joinModelWithId_uniquePairAndDeclaredOnDelete() {
            assertThat(Pragmas.indexes(db.get(), "Enrollments"))
                .anySatisfy(index -> {
                    assertThat(index.unique()).isTrue();
                    assertThat(index.origin()).isEqualTo("u");
                    assertThat(index.columns()).containsExactly("studentId", "courseId");
                });
            assertThat(Pragmas.foreignKeys(db.get(), "Enrollments")).containsExactlyInAnyOrder(
                new ForeignKey("studentId", "Students", "id", "RESTRICT", "CASCADE"),
                new ForeignKey("courseId", "Courses", "id", "CASCADE", "CASCADE"));
        }

        @Test
        void ddl_joinModelWithoutId_compositePrimaryKey() {
            assertThat(Pragmas.columns(db.get(), "Authorships")).containsExactly(
                new Column("authorId", "INTEGER", true, 1), new Column("bookId", "INTEGER", true, 2));
        }
    }

    @Nested
    class Types {

        @RegisterExtension
        final TestDatabase db = TestDatabase.inMemory(TypeModels::schema);

        @Test
        void ddl_columnTypes_followTheJavaTypes() {
            assertThat(Pragmas.columns(db.get(), "Samples")).extracting(Column::name, Column::type, Column::notNull)
                .containsExactly(
                    Assertions.tuple("id", "INTEGER", false),
                    Assertions.tuple("text", "TEXT", false),
                    Assertions.tuple("longValue", "INTEGER", false),
                    Assertions.tuple("intValue", "INTEGER", false),
                    Assertions.tuple("shortValue", "INTEGER", false),
                    Assertions.tuple("byteValue", "INTEGER", false),
                    Assertions.tuple("doubleValue", "REAL", false),
                    Assertions.tuple("floatValue", "REAL", false),
                    Assertions.tuple("booleanValue", "INTEGER", false),
                    Assertions.tuple("charValue", "TEXT", false),
                    Assertions.tuple("decimal", "TEXT", false),
                    Assertions.tuple("uuid", "TEXT", false),
                    Assertions.tuple("bytes", "BLOB", false),
                    Assertions.tuple("date", "TEXT", false),
                    Assertions.tuple("dateTime", "TEXT", false),
                    Assertions.tuple("instant", "TEXT", false),
                    Assertions.tuple("mood", "TEXT", false),
                    Assertions.tuple("primitiveLong", "INTEGER", true),
                    Assertions.tuple("primitiveInt", "INTEGER", true),
                    Assertions.tuple("primitiveShort", "INTEGER", true),
                    Assertions.tuple("primitiveByte", "INTEGER", true),
                    Assertions.tuple("primitiveDouble", "REAL", true),
                    Assertions.tuple("primitiveFloat", "REAL", true),
                    Assertions.tuple("primitiveBoolean", "INTEGER", true),
                    Assertions.tuple("primitiveChar", "TEXT", true));
        }
    }

    @Nested
    class Ids {

        @RegisterExtension
        final TestDatabase db = TestDatabase.inMemory(IdModels::schema);

        @Test
        void ddl_idsAssignedByTheCaller_areTextPrimaryKeysThatRefuseNull() {
            assertThat(Pragmas.column(db.get(), "Codes", "id")).isEqualTo(new Column("id", "TEXT", true, 1));
            assertThat(Pragmas.column(db.get(), "Tokens", "id")).isEqualTo(new Column("id", "TEXT", true, 1));
        }

        @Test
        void ddl_generatedIntegerId_isIntegerPrimaryKey() {
            assertThat(Pragmas.createStatement(db.get(), "Counters")).contains("\"id\" INTEGER PRIMARY KEY");
        }

        @Test
        void ddl_keyReferringToAStringId_referencesIt() {
            assertThat(Pragmas.foreignKeys(db.get(), "Usages"))
                .containsExactly(new ForeignKey("codeId", "Codes", "id", "SET NULL", "CASCADE"));
        }
    }

    @Nested
    class Cycle {

        @RegisterExtension
        final TestDatabase db = TestDatabase.inMemory(CycleModels::schema);

        @Test
        void sync_tablesReferringToEachOther_createsThemAll() {
            assertThat(Pragmas.tables(db.get())).containsExactlyInAnyOrder("Countries", "Cities", "People");
            assertThat(Pragmas.foreignKeys(db.get(), "Countries"))
                .containsExactly(new ForeignKey("capitalId", "Cities", "id", "SET NULL", "CASCADE"));
            assertThat(Pragmas.foreignKeys(db.get(), "Cities"))
                .containsExactly(new ForeignKey("countryId", "Countries", "id", "SET NULL", "CASCADE"));
            assertThat(Pragmas.foreignKeys(db.get(), "People"))
                .containsExactly(new ForeignKey("mentorId", "People", "id", "SET NULL", "CASCADE"));
        }

        @Test
        void insert_rowsOfACycle_linkBothWays() {
            try (Session s = db.open()) {
                CycleModels.Country france = s.insert(new CycleModels.Country("France"));
                CycleModels.City paris = s.insert(new CycleModels.City("Paris", france.id));
                france.capitalId = paris.id;
                s.update(france);
            }
            try (Session s = db.open()) {
                CycleModels.Country france = s.query(CycleModels.Country.class).first().orElseThrow();
                assertThat(s.find(CycleModels.City.class, france.capitalId).orElseThrow().name).isEqualTo("Paris");
            }
        }

        @Test
        void insert_keyOfACycleReferringToNoRow_isRefused() {
            try (Session s = db.open()) {
                CycleModels.Country atlantis = new CycleModels.Country("Atlantis");
                atlantis.capitalId = 99L;

                Assertions.assertThatThrownBy(() -> s.insert(atlantis))
                    .isInstanceOf(ConstraintViolationException.class);
            }
            assertThat(db.rows("Countries")).isZero();
        }
    }

    @Test
    void sync_tableNamedLikeAKeyword_isQuoted() {
        Schema schema = Schema.builder().model(IdModels.Counter.class, m -> m.table("order")).build();
        try (Database db = TestDatabases.open(schema)) {
            db.sync();
            try (Session s = db.openSession()) {
                s.insert(new IdModels.Counter(3));
                assertThat(s.query(IdModels.Counter.class).count()).isEqualTo(1);
            }
        }
    }
}
