package com.example.notes;

public class Tag {
    private Long id;
    private Long noteId;
    private String name;

    protected Tag() {
    }

    public Tag(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }
}
