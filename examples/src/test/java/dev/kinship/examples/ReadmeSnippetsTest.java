package dev.kinship.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps README's guide honest: every {@code java} code block must be found, line by line and
 * in order, in one source file of this module or of the runtime's tests, all of which run (lines
 * {@code // ...} stand for omitted code).
 */
class ReadmeSnippetsTest {

    @Test
    void readme_everyJavaBlock_isTakenFromTheExamples() throws IOException {
        Path readme = locate("README.md");
        List<List<String>> blocks = javaBlocks(Files.readAllLines(readme));
        List<List<String>> sources = new ArrayList<>();
        for (String root : List.of("examples/src/main/java", "examples/src/test/java", "runtime/src/test/java")) {
            try (Stream<Path> files = Files.walk(locate("examples").resolveSibling(root))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    sources.add(Files.readAllLines(file).stream().map(String::strip).toList());
                }
            }
        }
        assertThat(blocks).hasSizeGreaterThan(10);
        for (List<String> block : blocks) {
            assertThat(sources.stream().anyMatch(source -> containsInOrder(source, block)))
                .as("README block not found in examples/:%n%s", String.join("\n", block)).isTrue();
        }
    }

    private static Path locate(String name) {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(name)) && Files.exists(p.resolve("examples"))) {
                return p.resolve(name);
            }
        }
        throw new IllegalStateException(name + " not found above " + here);
    }

    private static List<List<String>> javaBlocks(List<String> lines) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = null;
        for (String line : lines) {
            String stripped = line.strip();
            if (current == null && stripped.equals("```java")) {
                current = new ArrayList<>();
            } else if (current != null && stripped.equals("```")) {
                blocks.add(current);
                current = null;
            } else if (current != null && !stripped.isEmpty() && !stripped.equals("// ...")) {
                current.add(stripped);
            }
        }
        return blocks;
    }

    private static boolean containsInOrder(List<String> source, List<String> block) {
        int at = 0;
        for (String line : block) {
            int found = -1;
            for (int i = at; i < source.size(); i++) {
                String candidate = source.get(i);
                if (candidate.equals(line) || candidate.equals("return " + line)
                        || line.startsWith("return ") && candidate.equals(line.substring(7))) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                return false;
            }
            at = found + 1;
        }
        return true;
    }
}
