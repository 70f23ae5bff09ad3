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

/** {@code check} reports PRIVACY and SECRET-MARK as warnings, in JSON with where they stand in the text. */
class CheckCommandConfidentialityTest {

    @Test
    void check_json_reports_personal_data_and_markings_as_warnings_with_a_text_location(@TempDir Path folder)
            throws IOException {
        String sample = Files.readString(Samples.path(Samples.HUAIAN_2024), StandardCharsets.UTF_8);
        Path file = folder.resolve("with_secrets.txt");
        Files.writeString(file, sample.replace("一、总体情况\n", "一、总体情况\n秘密★5年\n申请人张三，手机13812345678。\n"));
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
            assertThat(finding.get("severity").asString()).isEqualTo("warning");
            JsonNode text = finding.get("text");
            located.add(
                    finding.get("rule").asString() + " " + text.get("section").asString() + " "
                            + text.get("start").asInt() + "-" + text.get("end").asInt() + " "
                            + text.get("match").asString());
        }
        assertThat(located)
                .containsExactly("PRIVACY S1 9-11 张*", "PRIVACY S1 14-25 138****5678", "SECRET-MARK S1 0-5 秘密★5年");
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("13812345678", "张三");
    }
}
