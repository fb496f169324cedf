package dev.kinship.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The project's README.md and root POM, found above the working directory, for tests that keep README in step. */
public final class Readme {

    private Readme() {
    }

    /** @return the project's root directory (the one holding README.md and examples/) */
    public static Path root() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("README.md")) && Files.exists(p.resolve("examples"))) {
                return p;
            }
        }
        throw new IllegalStateException("README.md not found above " + here);
    }

    /** @return README.md's text, with \n line ends */
    public static String text() {
        return read(root().resolve("README.md"));
    }

    /** @return README.md's text with block quotes (also those indented in a list) joined and every run of whitespace one space */
    public static String quotes() {
        return text().replaceAll("\\n\\s*>\\s?", " ").replaceAll("\\s+", " ");
    }

    /** @return the text of a file below the project root */
    public static String read(Path file) {
        try {
            return Files.readString(file).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
