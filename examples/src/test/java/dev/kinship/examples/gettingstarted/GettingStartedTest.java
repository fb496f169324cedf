package dev.kinship.examples.gettingstarted;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kinship.examples.Readme;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** README's "Getting started" main prints what README says it prints, on a first run and on the next. */
class GettingStartedTest {

    private static final String PRINTED = String.join("\n",
        "Terry Pratchett: Mort, Small Gods",
        "Ursula K. Le Guin: A Wizard of Earthsea, The Left Hand of Darkness",
        "Mort is by Terry Pratchett",
        "3 statements",
        "");

    @Test
    void main_onANewFileAndAgain_printsTheAuthorsTheirBooksAndThreeStatements(@TempDir Path directory) {
        String file = directory.resolve("library.db").toString();
        assertThat(run(file)).isEqualTo(PRINTED);
        assertThat(run(file)).isEqualTo(PRINTED);
    }

    @Test
    void readme_showsWhatMainPrints() {
        assertThat(Readme.text()).contains("```text\n" + PRINTED + "```");
    }

    private static String run(String file) {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            GettingStarted.main(new String[] {file});
        } finally {
            System.setOut(original);
        }
        return printed.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
