package dev.kinship.examples;

import dev.kinship.dsl.Schema;
import dev.kinship.examples.advanced.AdvancedChapter;
import dev.kinship.examples.associate.AssociateMethodChapter;
import dev.kinship.examples.blog.BlogChapter;
import dev.kinship.examples.gettingstarted.GettingStarted;
import dev.kinship.examples.manytomany.ManyToManyChapter;
import dev.kinship.examples.onetomany.OneToManyChapter;
import dev.kinship.examples.onetoone.OneToOneChapter;
import dev.kinship.examples.polymorphic.PolymorphicChapter;
import dev.kinship.runtime.Database;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The guide, running: every example's models declared, their tables created in a SQLite file,
 * data written, associations navigated lazily and eagerly, rows deleted by their rules, each
 * step checked and its statements counted; then README's Getting started program. Exits non-zero
 * when a step does not do what the guide promises.
 */
public final class Tour {

    private record Chapter(String file, Supplier<Schema> schema, BiConsumer<Database, TourLog> run) {
    }

    private static final List<Chapter> CHAPTERS = List.of(
        new Chapter("associate", AssociateMethodChapter::schema, AssociateMethodChapter::run),
        new Chapter("one-to-one", OneToOneChapter::schema, OneToOneChapter::run),
        new Chapter("one-to-many", OneToManyChapter::schema, OneToManyChapter::run),
        new Chapter("many-to-many", ManyToManyChapter::schema, ManyToManyChapter::run),
        new Chapter("blog", BlogChapter::schema, BlogChapter::run),
        new Chapter("advanced", AdvancedChapter::schema, AdvancedChapter::run),
        new Chapter("polymorphic", PolymorphicChapter::schema, PolymorphicChapter::run));

    private Tour() {
    }

    /** Runs the tour in {@code directory} (one SQLite file per chapter); @return the failed steps. */
    public static List<String> run(Path directory, PrintStream out) throws IOException {
        Files.createDirectories(directory);
        TourLog log = new TourLog(out);
        for (Chapter chapter : CHAPTERS) {
            Path file = directory.resolve(chapter.file() + ".db");
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(Path.of(file + suffix));
            }
            try (Database db = Database.sqlite(file, chapter.schema().get())) {
                chapter.run().accept(db, log);
            }
        }
        out.println();
        out.println("== The blog's schema as a Mermaid ER diagram");
        out.println(BlogChapter.schema().toMermaid());
        return log.failures();
    }

    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args.length > 0 ? args[0] : System.getProperty("kinship.tour.dir", "target/tour"));
        List<String> failures = run(directory, System.out);
        Path library = directory.resolve("library.db");
        System.out.println();
        System.out.println("== Getting started: README's GettingStarted.main on " + library);
        GettingStarted.main(new String[] {library.toString()});
        System.out.println();
        if (failures.isEmpty()) {
            System.out.println("Tour finished: every step did what the guide promises.");
            return;
        }
        System.out.println("Tour failed in " + failures.size() + " step(s):");
        failures.forEach(f -> System.out.println("  - " + f));
        System.exit(1);
    }
}
