package dev.kinship.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kinship.dsl.Associations;
import dev.kinship.dsl.Schema;
import dev.kinship.examples.onetomany.Department;
import dev.kinship.examples.onetomany.Employee;
import dev.kinship.runtime.Database;
import dev.kinship.runtime.Session;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's quick start, as written there. */
class QuickStartTest {

    @Test
    void quickStart_employeesOfEveryDepartment_inTwoStatements(@TempDir Path directory) {
        Path file = directory.resolve("company.db");
        Schema schema = Schema.builder()
            .model(Department.class).model(Employee.class)
            .associate(Associations.of(Department.class)
                .hasMany(Employee.class).foreignKey("departmentId").as("employees"))
            .associate(Associations.of(Employee.class)
                .belongsTo(Department.class).foreignKey("departmentId").as("department"))
            .build();
        seed(file, schema);
        try (Database db = Database.sqlite(file, schema)) {
            db.sync();
            try (Session s = db.openSession()) {
                List<Department> departments = s.query(Department.class).list();
                int employees = departments.stream().mapToInt(d -> d.getEmployees().size()).sum();
                assertThat(s.stats().statements()).isEqualTo(2);
                assertThat(departments).hasSize(4);
                assertThat(employees).isEqualTo(12);
            }
        }
    }

    private static void seed(Path file, Schema schema) {
        try (Database db = Database.sqlite(file, schema)) {
            db.sync();
            try (Session s = db.openSession()) {
                for (int d = 0; d < 4; d++) {
                    Department department = s.insert(new Department("Department " + d));
                    for (int e = 0; e < 3; e++) {
                        s.toMany(department, "employees").create(new Employee("Employee " + d + "." + e));
                    }
                }
            }
        }
    }
}
