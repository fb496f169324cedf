package dev.kinship.examples.onetomany;

import static dev.kinship.dsl.ReferentialAction.SET_NULL;

import dev.kinship.dsl.Associations;
import dev.kinship.dsl.Schema;
import dev.kinship.examples.TourLog;
import dev.kinship.runtime.Database;
import dev.kinship.runtime.Hook;
import dev.kinship.runtime.Session;
import java.util.ArrayList;
import java.util.List;

/** One-to-many: a department has many employees; deleting it unlinks them, with hooks. */
public final class OneToManyChapter {

    private OneToManyChapter() {
    }

    public static Schema schema() {
        return Schema.builder()
            .model(Department.class).model(Employee.class)
            .associate(Associations.of(Department.class)
                .hasMany(Employee.class).foreignKey("departmentId").as("employees").onDelete(SET_NULL).hooks(true))
            .associate(Associations.of(Employee.class)
                .belongsTo(Department.class).foreignKey("departmentId").as("department"))
            .build();
    }

    public static void run(Database db, TourLog log) {
        log.chapter("One-to-many: Department hasMany Employee, onDelete SET_NULL with hooks");
        db.sync();
        List<String> unlinked = new ArrayList<>();
        db.hooks().on(Employee.class, Hook.BEFORE_UPDATE, e -> unlinked.add(e.getName()));
        try (Session s = db.openSession()) {
            Department research = s.insert(new Department("Research"));
            var employees = s.toMany(research, "employees");
            employees.create(new Employee("Ada"));
            employees.create(new Employee("Grace"));
            employees.create(new Employee("Linus"));
        }
        try (Session s = db.openSession()) {
            Department research = s.query(Department.class).first().orElseThrow();
            log.step(s, "the department's employees, read lazily", () -> research.getEmployees().size(), 3, 1);
            Employee ada = research.getEmployees().get(0);
            log.step(s, "an employee's department is the same instance", () -> ada.getDepartment() == research,
                true, 0);
            log.step(s, "deleting the department runs BEFORE_UPDATE for each unlinked employee", () -> {
                s.delete(research);
                return unlinked.size();
            }, 3, 3);
            log.step(s, "the employees stay, with no department",
                () -> s.query(Employee.class).where("departmentId", null).count(), 3L, 1);
        }
    }
}
