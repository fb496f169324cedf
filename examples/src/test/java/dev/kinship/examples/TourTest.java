package dev.kinship.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TourTest {

    @Test
    void tour_everyChapter_doesWhatTheGuidePromises(@TempDir Path directory) throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        List<String> failures = Tour.run(directory, new PrintStream(printed, true, StandardCharsets.UTF_8));
        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(failures).as(output).isEmpty();
        assertThat(output).contains("== One-to-one", "== One-to-many", "== Many-to-many", "== The blog",
            "== Advanced", "== Polymorphic", "erDiagram");
    }
}
