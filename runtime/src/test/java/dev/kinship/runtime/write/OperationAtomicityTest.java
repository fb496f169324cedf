package dev.kinship.runtime.write;

import static dev.kinship.runtime.write.Rows.column;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kinship.runtime.ConstraintViolationException;
import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.write.OrgModels.Department;
import dev.kinship.runtime.write.OrgModels.Employee;
import dev.kinship.runtime.write.OrgModels.Skill;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An operation of several statements is one transaction: when a later statement fails, the earlier ones are undone. */
class OperationAtomicityTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.inMemory(OrgModels::schema);

    private Session s;
    private Employee ann;
    private Skill java;
    private Skill sql;

    @BeforeEach
    void open() {
        s = db.open();
        Department sales = s.insert(new Department("sales"));
        ann = s.insert(new Employee("ann", sales.id));
        java = s.insert(new Skill("java"));
        sql = s.insert(new Skill("sql"));
        s.toMany(ann, "skills").add(java);
    }

    @AfterEach
    void close() {
        s.close();
    }

    @Test
    void set_insertRefusedAfterTheDelete_keepsTheOldLinks() {
        Skill ghost = new Skill("ghost");
        ghost.id = 999L;

        assertThatThrownBy(() -> s.toMany(ann, "skills").set(List.of(sql, ghost)))
            .isInstanceOf(ConstraintViolationException.class)
            .hasMessage("Employee#" + ann.id + ".skills.set(...) failed: a key it writes refers to a row that does "
                + "not exist (Employee.belongsToMany(Skill) as 'skills'). Insert the rows you link first. Nothing was "
                + "changed.");

        assertThat(column(db.get(), "SELECT \"skillId\" FROM \"EmployeeSkills\"")).containsExactly(java.id);
        assertThat(s.toMany(ann, "skills").get()).containsExactly(java);
    }

    @Test
    void set_insideAnOuterTransaction_failureLeavesTheOuterWorkUsable() {
        Skill ghost = new Skill("ghost");
        ghost.id = 999L;

        s.useTransaction(tx -> {
            tx.toMany(ann, "skills").add(sql);
            assertThatThrownBy(() -> tx.toMany(ann, "skills").set(List.of(ghost)))
                .isInstanceOf(ConstraintViolationException.class);
        });

        assertThat(column(db.get(), "SELECT \"skillId\" FROM \"EmployeeSkills\" ORDER BY \"skillId\""))
            .containsExactly(java.id, sql.id);
    }
}
