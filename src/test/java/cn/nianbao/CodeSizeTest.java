package cn.nianbao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A class another engineer can read in one sitting: none over 250 lines. The readers of published reports
 * ({@code report/format/reading}) are left out: each follows one official table through its many written forms.
 */
class CodeSizeTest {

    static final int MOST_LINES = 250;
    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Path EXEMPT = SOURCES.resolve(Path.of("cn", "nianbao", "report", "format", "reading"));

    @Test
    void no_class_is_longer_than_250_lines() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<String> tooLong = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.startsWith(EXEMPT))
                    .filter(f -> lines(f) > MOST_LINES)
                    .map(f -> f + " (" + lines(f) + ")")
                    .toList();
            assertThat(tooLong).isEmpty();
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
