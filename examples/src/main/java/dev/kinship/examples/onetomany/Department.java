package dev.kinship.examples.onetomany;

import java.util.List;

/** A department with many employees. */
public class Department {
    private Long id;
    private String name;
    private List<Employee> employees;

    protected Department() {
    }

    public Department(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public List<Employee> getEmployees() {
        return employees;
    }
}
