package dev.kinship.examples.gettingstarted;

import dev.kinship.dsl.Associations;
import dev.kinship.dsl.Schema;
import dev.kinship.runtime.Database;
import dev.kinship.runtime.Session;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** README's "Getting started": declare, create the tables, write, read lazily in batches. */
public class GettingStarted {

    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "library.db");
        Schema schema = Schema.builder()
            .model(Author.class).model(Book.class)
            .associate(Associations.of(Author.class)
                .hasMany(Book.class).foreignKey("authorId").as("books"))
            .associate(Associations.of(Book.class)
                .belongsTo(Author.class).foreignKey("authorId").as("author"))
            .build();
        try (Database db = Database.sqlite(file, schema)) {
            db.sync();
            try (Session s = db.openSession()) {
                if (s.query(Author.class).count() == 0) {
                    Author leGuin = s.insert(new Author("Ursula K. Le Guin"));
                    s.toMany(leGuin, "books").create(new Book("A Wizard of Earthsea"));
                    s.toMany(leGuin, "books").create(new Book("The Left Hand of Darkness"));
                    Author pratchett = s.insert(new Author("Terry Pratchett"));
                    s.toMany(pratchett, "books").create(new Book("Mort"));
                    s.toMany(pratchett, "books").create(new Book("Small Gods"));
                }
            }
            try (Session s = db.openSession()) {
                List<Author> authors = s.query(Author.class).orderBy("name").list();
                for (Author author : authors) {
                    String titles = author.getBooks().stream().map(Book::getTitle).collect(Collectors.joining(", "));
                    System.out.println(author.getName() + ": " + titles);
                }
                Book mort = s.query(Book.class).where("title", "Mort").first().orElseThrow();
                System.out.println(mort.getTitle() + " is by " + mort.getAuthor().getName());
                System.out.println(s.stats().statements() + " statements");
            }
        }
    }
}
