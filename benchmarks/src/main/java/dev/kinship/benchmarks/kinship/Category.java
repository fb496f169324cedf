package dev.kinship.benchmarks.kinship;

/** A Kinship entity over the data set's Categories table. */
public class Category {
    private Long id;
    private String name;

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
