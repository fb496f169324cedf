package dev.kinship.runtime.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.base.DescribedPredicate;
import dev.kinship.runtime.Database;
import dev.kinship.runtime.Session;
import dev.kinship.runtime.core.SeedModels.Post;
import dev.kinship.runtime.core.SeedModels.User;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How rows reach fields: through handles made once per class, never reflective field access;
 * statement text made once per shape, so each shape is prepared once per connection.
 */
class MappingTest {

    private static final JavaClasses RUNTIME = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages("dev.kinship.runtime");

    @TempDir
    Path dir;

    /** The reflective value accessors of {@link Field}: get, getInt, …, set, setInt, …; and setAccessible. */
    private static final Set<String> REFLECTIVE_ACCESS = Set.of("get", "getBoolean", "getByte", "getChar", "getShort",
        "getInt", "getLong", "getFloat", "getDouble", "set", "setBoolean", "setByte", "setChar", "setShort", "setInt",
        "setLong", "setFloat", "setDouble");

    @Test
    void runtime_neverReadsOrWritesFieldsReflectively() {
        noClasses().should().callMethodWhere(DescribedPredicate.describe("Field.get*/set* or setAccessible",
                (JavaCall<?> call) -> call.getTargetOwner().isAssignableTo(Field.class)
                    && REFLECTIVE_ACCESS.contains(call.getName())
                    || call.getTargetOwner().isAssignableTo(AccessibleObject.class)
                        && call.getName().equals("setAccessible")))
            .check(RUNTIME);
    }

    @Test
    void insert_manyRowsOfOneModel_preparesTheStatementOnce() {
        TrackingDataSource source = new TrackingDataSource(dir.resolve("kinship.db"), false);
        try (Database db = Database.connect(source, SeedModels.schema())) {
            db.sync();
            try (Session s = db.openSession()) {
                for (int i = 0; i < 20; i++) {
                    s.insert(new User("user" + i, null));
                }
            }
        }

        List<String> inserts = source.prepared().stream().filter(sql -> sql.startsWith("INSERT")).toList();
        assertThat(inserts).singleElement().asString().startsWith("INSERT INTO \"Users\"");
    }

    @Test
    void query_sameShapeWithOtherValues_preparesTheStatementOnce() {
        TrackingDataSource source = new TrackingDataSource(dir.resolve("kinship.db"), false);
        try (Database db = Database.connect(source, SeedModels.schema())) {
            db.sync();
            try (Session s = db.openSession()) {
                for (int i = 0; i < 20; i++) {
                    s.query(Post.class).where("title", "title " + i).orderBy("id").limit(5).list();
                    s.find(Post.class, (long) i);
                }
            }
        }

        assertThat(source.prepared().stream().filter(sql -> sql.startsWith("SELECT"))).hasSize(2);
    }

    @Test
    void update_manyRows_preparesTheStatementOnce() {
        TrackingDataSource source = new TrackingDataSource(dir.resolve("kinship.db"), false);
        try (Database db = Database.connect(source, SeedModels.schema())) {
            db.sync();
            try (Session s = db.openSession()) {
                User ada = s.insert(new User("ada", null));
                for (int i = 0; i < 20; i++) {
                    ada.email = "ada" + i + "@example.org";
                    s.update(ada);
                }
            }
        }

        assertThat(source.prepared().stream().filter(sql -> sql.startsWith("UPDATE"))).hasSize(1);
    }
}
