package com.example.notes;

import dev.kinship.dsl.Associations;
import dev.kinship.dsl.Schema;
import dev.kinship.runtime.Database;
import dev.kinship.runtime.Session;

/** A round trip through Kinship from a named module: insert, then a lazy load through a generated subclass. */
public class Main {
    public static void main(String[] args) {
        Schema schema = Schema.builder().model(Note.class).model(Tag.class)
            .associate(Associations.of(Note.class).hasMany(Tag.class).foreignKey("noteId").as("tags"))
            .build();
        try (Database db = Database.inMemory(schema)) {
            db.sync();
            try (Session s = db.openSession()) {
                Note note = s.insert(new Note("modules"));
                s.toMany(note, "tags").create(new Tag("jpms"));
            }
            try (Session s = db.openSession()) {
                Note note = s.query(Note.class).first().orElseThrow();
                System.out.println(note.getText() + ": " + note.getTags().get(0).getName() + ", in module "
                    + Main.class.getModule().getName() + " with " + Database.class.getModule().getName());
            }
        }
    }
}
