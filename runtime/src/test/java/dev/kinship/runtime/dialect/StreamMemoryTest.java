package dev.kinship.runtime.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kinship.runtime.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code stream()} reads in chunks on both databases: 300,000 rows stream through a session in a
 * JVM whose heap could not hold them all ({@code -Xmx128m}).
 */
class StreamMemoryTest {

    @Test
    void stream_300000RowsUnderA128MegabyteHeap_completes() throws Exception {
        String launcher = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(launcher, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
            "-Dkinship.test.database=" + (TestDatabases.postgresql() ? "postgresql" : "sqlite"),
            StreamUnderSmallHeap.class.getName(), "300000");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(output).contains("streamed 300000 rows, rank sum 45000150000");
        assertThat(process.exitValue()).as(output).isZero();
    }
}
