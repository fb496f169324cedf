package dev.kinship.runtime.write;

import static dev.kinship.runtime.write.Rows.column;
import static dev.kinship.runtime.write.Rows.statements;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.kinship.runtime.ConstraintViolationException;
import dev.kinship.runtime.Hook;
import dev.kinship.runtime.Session;
import dev.kinship.runtime.TestDatabase;
import dev.kinship.runtime.write.OrgModels.Department;
import dev.kinship.runtime.write.OrgModels.Employee;
import dev.kinship.runtime.write.OrgModels.EmployeeSkill;
import dev.kinship.runtime.write.OrgModels.Loan;
import dev.kinship.runtime.write.OrgModels.Room;
import dev.kinship.runtime.write.OrgModels.Skill;
import dev.kinship.runtime.write.OrgModels.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

/**
 * hooks(true) across several levels: the guide's Department.employees SET_NULL, a RESTRICT beside
 * it, a CASCADE that recurses through employees who manage employees (a cycle) and their tasks,
 * and a belongsToMany whose join rows go while the targets stay.
 */
class HookedDeleteTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.inMemory(OrgModels::schema);

    private Session s;
    private Department sales;
    private final List<String> events = new ArrayList<>();

    @BeforeEach
    void open() {
        s = db.open();
        sales = s.insert(new Department("sales"));
    }

    @AfterEach
    void close() {
        s.close();
    }

    private void record() {
        db.get().hooks().on(Employee.class, Hook.BEFORE_DESTROY, e -> events.add("before " + e.name))
            .on(Employee.class, Hook.AFTER_DESTROY, e -> events.add("after " + e.name))
            .on(Task.class, Hook.BEFORE_DESTROY, t -> events.add("before " + t.title))
            .on(Task.class, Hook.AFTER_DESTROY, t -> events.add("after " + t.title));
    }

    private Employee employee(String name, Employee manager) {
        Employee e = new Employee(name, sales.id);
        e.managerId = manager == null ? null : manager.id;
        return s.insert(e);
    }

    /** A manager with {@code reports} reports, each with two tasks. */
    private Employee team(int reports) {
        Employee boss = employee("boss", null);
        for (int i = 0; i < reports; i++) {
            Employee e = employee("e" + i, boss);
            s.insert(new Task("t" + i + "a", e.id));
            s.insert(new Task("t" + i + "b", e.id));
        }
        return boss;
    }

    // ---- SET_NULL ---------------------------------------------------------------------------

    @Test
    @SuppressWarnings("unchecked")
    void setNull_runsEachEmployeesUpdateHooks_beforeAndAfterTheUnlink() {
        Employee ann = employee("ann", null);
        Employee ben = employee("ben", null);
        Consumer<Employee> before = mock(Consumer.class);
        Consumer<Employee> after = mock(Consumer.class);
        Consumer<Department> destroyed = mock(Consumer.class);
        db.get().hooks().on(Employee.class, Hook.BEFORE_UPDATE, before).on(Employee.class, Hook.AFTER_UPDATE, after)
            .on(Department.class, Hook.AFTER_DESTROY, destroyed);

        assertThat(statements(s, () -> s.delete(sales))).isEqualTo(4);

        InOrder order = inOrder(before, after, destroyed);
        order.verify(before).accept(ann);
        order.verify(before).accept(ben);
        order.verify(after).accept(ann);
        order.verify(after).accept(ben);
        order.verify(destroyed).accept(sales);
        order.verifyNoMoreInteractions();
        assertThat(column(db.get(), "SELECT \"departmentId\" FROM \"Employees\"")).containsExactly(null, null);
        assertThat(ann.departmentId).isNull();
        assertThat(statements(s, () -> assertThat(ann.getDepartment()).isNull())).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void setNull_hookSeesTheKeyAlreadyNull() {
        Employee ann = employee("ann", null);
        List<Long> seen = new ArrayList<>();
        db.get().hooks().on(Employee.class, Hook.AFTER_UPDATE, e -> seen.add(e.departmentId));

        s.delete(sales);

        assertThat(seen).containsExactly((Long) null);
        assertThat(ann.departmentId).isNull();
    }

    @Test
    void setNull_updateHookThrows_rollsBackTheDeleteAndTheKeysInMemory() {
        Employee ann = employee("ann", null);
        Employee ben = employee("ben", null);
        db.get().hooks().on(Employee.class, Hook.AFTER_UPDATE, e -> {
            if (e == ben) {
                throw new IllegalStateException("ben stays in sales");
            }
        });

        assertThatThrownBy(() -> s.delete(sales)).hasMessage("ben stays in sales");

        assertThat(db.rows("Departments")).isEqualTo(1);
        assertThat(column(db.get(), "SELECT \"departmentId\" FROM \"Employees\"")).containsExactly(sales.id, sales.id);
        assertThat(ann.departmentId).isEqualTo(sales.id);
        assertThat(ben.departmentId).isEqualTo(sales.id);
    }

    // ---- RESTRICT ---------------------------------------------------------------------------

    @Test
    @SuppressWarnings("unchecked")
    void restrict_withARoom_refusesBeforeAnyHookAndDeletesNothing() {
        employee("ann", null);
        s.insert(new Room("101", sales.id));
        Consumer<Object> hook = mock(Consumer.class);
        db.get().hooks().on(Department.class, Hook.BEFORE_DESTROY, hook).on(Employee.class, Hook.BEFORE_UPDATE, hook);

        assertThatThrownBy(() -> s.delete(sales))
            .isInstanceOf(ConstraintViolationException.class)
            .hasMessage("Cannot delete Department#" + sales.id + ": 1 Room row(s) still refer to Department#"
                + sales.id + " through Department.hasMany(Room) as 'rooms', whose onDelete is RESTRICT. Delete or "
                + "reassign those rows first, or declare onDelete(CASCADE) or onDelete(SET_NULL). Nothing was deleted.");

        verifyNoInteractions(hook);
        assertThat(db.rows("Departments")).isEqualTo(1);
        assertThat(db.rows("Rooms")).isEqualTo(1);
        assertThat(column(db.get(), "SELECT \"departmentId\" FROM \"Employees\"")).containsExactly(sales.id);
    }

    @Test
    void restrict_reachedThroughACascade_namesTheRootAndTheRefusingRow() {
        Employee boss = employee("boss", null);
        Employee ann = employee("ann", boss);
        s.insert(new Loan("laptop", ann.id));
        record();

        assertThatThrownBy(() -> s.delete(boss))
            .isInstanceOf(ConstraintViolationException.class)
            .hasMessage("Cannot delete Employee#" + boss.id + ": its onDelete(CASCADE) would delete Employee#" + ann.id
                + ", but 1 Loan row(s) still refer to Employee#" + ann.id + " through Employee.hasMany(Loan) as "
                + "'loans', whose onDelete is RESTRICT. Delete or reassign those rows first, or declare "
                + "onDelete(CASCADE) or onDelete(SET_NULL). Nothing was deleted.");

        assertThat(events).isEmpty();
        assertThat(db.rows("Employees")).isEqualTo(2);
    }

    // ---- CASCADE, recursion, cycles ---------------------------------------------------------

    @Test
    void cascade_recursesThroughReportsAndTasks_hooksForEveryRowInLevelOrder() {
        Employee boss = team(2);
        record();

        s.delete(boss);

        assertThat(db.rows("Employees")).isZero();
        assertThat(db.rows("Tasks")).isZero();
        assertThat(events).containsExactly("before boss", "before e0", "before e1", "before t0a", "before t0b",
            "before t1a", "before t1b", "after t0a", "after t0b", "after t1a", "after t1b", "after e0", "after e1",
            "after boss");
    }

    @Test
    void cascade_statementsPerAssociationLevel_notPerRow() {
        Employee small = team(2);
        long few = statements(s, () -> s.delete(small));
        Employee large = team(30);

        long many = statements(s, () -> s.delete(large));

        // reads: reports, tasks, loans at the boss's level and at the reports' level (6);
        // writes: the tasks, each level's skill join rows and rows (5)
        assertThat(many).isEqualTo(few).isEqualTo(11);
        assertThat(db.rows("Employees")).isZero();
    }

    @Test
    void cascade_cycleOfManagers_ends() {
        Employee ann = employee("ann", null);
        Employee ben = employee("ben", ann);
        ann.managerId = ben.id;
        s.update(ann);
        record();

        s.delete(ann);

        assertThat(db.rows("Employees")).isZero();
        assertThat(events).containsExactly("before ann", "before ben", "after ben", "after ann");
    }

    @Test
    void cascade_taskHookThrows_rollsBackEveryLevel() {
        Employee boss = team(2);
        db.get().hooks().on(Task.class, Hook.BEFORE_DESTROY, t -> {
            throw new IllegalStateException("open task " + t.title);
        });

        assertThatThrownBy(() -> s.delete(boss)).hasMessage("open task t0a");

        assertThat(db.rows("Employees")).isEqualTo(3);
        assertThat(db.rows("Tasks")).isEqualTo(4);
        assertThat(statements(s, () -> assertThat(s.find(Employee.class, boss.id)).containsSame(boss))).isZero();
    }

    // ---- belongsToMany ----------------------------------------------------------------------

    @Test
    @SuppressWarnings("unchecked")
    void belongsToMany_joinRowsOfTheDeletedOwnerGo_targetsStay_joinModelHooksRun() {
        Employee ann = employee("ann", null);
        Employee ben = employee("ben", null);
        Skill java = s.insert(new Skill("java"));
        Skill sql = s.insert(new Skill("sql"));
        s.toMany(ann, "skills").addAll(List.of(java, sql));
        s.toMany(ben, "skills").add(java);
        Consumer<EmployeeSkill> destroyed = mock(Consumer.class);
        db.get().hooks().on(EmployeeSkill.class, Hook.BEFORE_DESTROY, destroyed);

        s.delete(ann);

        assertThat(db.rows("Skills")).isEqualTo(2);
        assertThat(column(db.get(), "SELECT \"employeeId\" FROM \"EmployeeSkills\"")).containsExactly(ben.id);
        verify(destroyed, times(2)).accept(org.mockito.ArgumentMatchers.any());
        assertThat(s.toMany(ben, "skills").get()).containsExactly(java);
    }
}
