package cn.nianbao.report.check;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.report.format.reading.Samples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code check}, which has no database, reports LEXICON with the seed list shipped with the application. */
class CheckCommandLexiconTest {

    @Test
    void check_json_reports_a_seed_word_as_a_warning_with_its_reason_and_place(@TempDir Path folder)
            throws IOException {
        String sample = Files.readString(Samples.path(Samples.HUAIAN_2024), StandardCharsets.UTF_8);
        Path file = folder.resolve("with_outdated_name.txt");
        Files.writeString(file, sample.replace("一、总体情况\n", "一、总体情况\n本机关配合环境保护部和环境保护部门开展检查。\n"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = new CheckCommand()
                .run(
                        List.of("--json", file.toString()),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(exit).isZero(); // warnings only
        JsonNode line = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        List<String> located = new ArrayList<>();
        for (JsonNode finding : line.get("findings")) {
            if (finding.get("rule").asString().equals("LEXICON")) {
                JsonNode text = finding.get("text");
                assertThat(finding.get("severity").asString()).isEqualTo("warning");
                assertThat(finding.get("message").asString()).contains("现为生态环境部");
                located.add(text.get("section").asString() + " "
                        + text.get("start").asInt() + "-" + text.get("end").asInt() + " "
                        + text.get("match").asString());
            }
        }
        assertThat(located).containsExactly("S1 5-10 环境保护部");
    }
}
