package dev.kinship.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Keeps README in step with the build: the versions its snippets name are the POM's, and every
 * test it points to exists.
 */
class ReadmeInStepTest {

    @Test
    void install_mavenAndGradleSnippets_nameTheProjectVersion() throws Exception {
        String version = text(pom(), "version");
        assertThat(Readme.text()).contains("""
            <dependency>
              <groupId>dev.kinship</groupId>
              <artifactId>kinship-runtime</artifactId>
              <version>%s</version>
            </dependency>""".formatted(version))
            .contains("implementation(\"dev.kinship:kinship-runtime:%s\")".formatted(version));
    }

    @Test
    void install_postgresqlDriver_isThePinnedVersion() throws Exception {
        String version = property("postgresql.version");
        assertThat(Readme.text()).contains("""
            <dependency>
              <groupId>org.postgresql</groupId>
              <artifactId>postgresql</artifactId>
              <version>%s</version>
            </dependency>""".formatted(version))
            .contains("implementation(\"org.postgresql:postgresql:%s\")".formatted(version));
    }

    @Test
    void seeingTheSql_slf4jAndLogback_areThePinnedVersions() throws Exception {
        assertThat(Readme.text()).contains("""
            <artifactId>slf4j-jdk-platform-logging</artifactId>
              <version>%s</version>""".formatted(property("slf4j.version")))
            .contains("""
            <artifactId>logback-classic</artifactId>
              <version>%s</version>""".formatted(property("logback.version")));
    }

    @Test
    void howKinshipCompares_everyTestItPointsTo_exists() throws IOException {
        String section = Readme.text().split("## How Kinship compares", 2)[1].split("\n## ", 2)[0];
        Matcher named = Pattern.compile("`(\\w+Test)(?:\\.(\\w+))?`").matcher(section);
        List<String> missing = new ArrayList<>();
        int found = 0;
        while (named.find()) {
            found++;
            if (!testExists(named.group(1), named.group(2))) {
                missing.add(named.group());
            }
        }
        assertThat(found).isGreaterThanOrEqualTo(6);
        assertThat(missing).as("tests README points to that do not exist").isEmpty();
    }

    private static boolean testExists(String testClass, String method) throws IOException {
        try (Stream<Path> files = Files.walk(Readme.root())) {
            return files.filter(f -> f.getFileName().toString().equals(testClass + ".java"))
                .filter(f -> f.toString().contains("src" + f.getFileSystem().getSeparator() + "test"))
                .anyMatch(f -> method == null || Readme.read(f).contains("void " + method + "("));
        }
    }

    private static Element pom() throws Exception {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Readme.root().resolve("pom.xml").toFile()).getDocumentElement();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String property(String name) throws Exception {
        Element properties = (Element) pom().getElementsByTagName("properties").item(0);
        return properties.getElementsByTagName(name).item(0).getTextContent().strip();
    }

    private static String text(Element element, String child) {
        for (var node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && e.getTagName().equals(child)) {
                return e.getTextContent().strip();
            }
        }
        throw new IllegalStateException("no <" + child + "> in " + element.getTagName());
    }
}
