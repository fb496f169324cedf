package dev.kinship.runtime.write;

import static dev.kinship.dsl.ReferentialAction.CASCADE;
import static dev.kinship.dsl.ReferentialAction.RESTRICT;
import static dev.kinship.dsl.ReferentialAction.SET_NULL;

import dev.kinship.dsl.Associations;
import dev.kinship.dsl.Schema;
import java.util.List;

/**
 * The guide's departments, with every delete rule carried out by Kinship ({@code hooks(true)}):
 * Department.employees SET_NULL, Department.rooms RESTRICT, Employee.reports CASCADE (a cycle:
 * employees manage employees), Employee.tasks CASCADE (a key that may not be null), and
 * Employee.loans RESTRICT (reachable through the cascade), and Employee.skills, a belongsToMany
 * through a join model without an id.
 */
final class OrgModels {

    private OrgModels() {
    }

    static Schema schema() {
        return Schema.builder()
            .model(Department.class).model(Employee.class).model(Task.class).model(Room.class).model(Skill.class)
            .model(EmployeeSkill.class).model(Loan.class)
            .associate(Associations.of(Department.class)
                .hasMany(Employee.class).foreignKey("departmentId").as("employees").onDelete(SET_NULL).hooks(true)
                .hasMany(Room.class).foreignKey("departmentId").as("rooms").onDelete(RESTRICT).hooks(true))
            .associate(Associations.of(Employee.class)
                .belongsTo(Department.class).foreignKey("departmentId").as("department")
                .belongsTo(Employee.class).foreignKey("managerId").as("manager")
                .hasMany(Employee.class).foreignKey("managerId").as("reports").onDelete(CASCADE).hooks(true)
                .hasMany(Task.class).foreignKey("employeeId").as("tasks").onDelete(CASCADE).hooks(true)
                    .allowNull(false)
                .hasMany(Loan.class).foreignKey("employeeId").as("loans").onDelete(RESTRICT).hooks(true)
                .belongsToMany(Skill.class).through(EmployeeSkill.class).foreignKey("employeeId").otherKey("skillId")
                    .as("skills").hooks(true))
            .build();
    }

    static class Department {
        Long id;
        String name;
        List<Employee> employees;
        List<Room> rooms;

        Department() {
        }

        Department(String name) {
            this.name = name;
        }

        public List<Employee> getEmployees() {
            return employees;
        }

        @Override
        public String toString() {
            return "Department " + name;
        }
    }

    static class Employee {
        Long id;
        String name;
        Long departmentId;
        Long managerId;
        Department department;
        Employee manager;
        List<Employee> reports;
        List<Task> tasks;
        List<Skill> skills;

        Employee() {
        }

        Employee(String name, Long departmentId) {
            this.name = name;
            this.departmentId = departmentId;
        }

        public Department getDepartment() {
            return department;
        }

        public List<Employee> getReports() {
            return reports;
        }

        public List<Skill> getSkills() {
            return skills;
        }

        @Override
        public String toString() {
            return "Employee " + name;
        }
    }

    static class Task {
        Long id;
        String title;
        Long employeeId;

        Task() {
        }

        Task(String title, Long employeeId) {
            this.title = title;
            this.employeeId = employeeId;
        }

        @Override
        public String toString() {
            return "Task " + title;
        }
    }

    static class Loan {
        Long id;
        String item;
        Long employeeId;

        Loan() {
        }

        Loan(String item, Long employeeId) {
            this.item = item;
            this.employeeId = employeeId;
        }
    }

    static class Room {
        Long id;
        String number;
        Long departmentId;

        Room() {
        }

        Room(String number, Long departmentId) {
            this.number = number;
            this.departmentId = departmentId;
        }
    }

    static class Skill {
        Long id;
        String name;

        Skill() {
        }

        Skill(String name) {
            this.name = name;
        }
    }

    static class EmployeeSkill {
        Long employeeId;
        Long skillId;
        int level;

        EmployeeSkill() {
        }
    }
}
