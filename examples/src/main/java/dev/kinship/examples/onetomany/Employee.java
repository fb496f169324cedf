package dev.kinship.examples.onetomany;

/** An employee belongs to at most one department. */
public class Employee {
    private Long id;
    private String name;
    private Long departmentId;
    private Department department;

    protected Employee() {
    }

    public Employee(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public Department getDepartment() {
        return department;
    }
}
