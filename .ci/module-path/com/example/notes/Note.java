package com.example.notes;

import java.util.List;

public class Note {
    private Long id;
    private String text;
    private List<Tag> tags;

    protected Note() {
    }

    public Note(String text) {
        this.text = text;
    }

    public String getText() {
        return text;
    }

    public List<Tag> getTags() {
        return tags;
    }
}
