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

/** {@code check --json} reports NUMBERING (an error) and REPEAT (a warning) with a {@code text} location. */
class CheckCommandTextRulesTest {

    private record Run(int exit, List<JsonNode> lines) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new CheckCommand()
                .run(
                        List.of(args),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        JsonMapper json = JsonMapper.builder().build();
        return new Run(
                exit,
                out.toString(StandardCharsets.UTF_8).lines().map(json::readTree).toList());
    }

    private static List<JsonNode> findings(JsonNode line, String rule) {
        List<JsonNode> found = new ArrayList<>();
        line.get("findings").forEach(f -> {
            if (f.get("rule").asString().equals(rule)) {
                found.add(f);
            }
        });
        return found;
    }

    private static String section1(String report) {
        return report.substring(report.indexOf("一、总体情况\n"), report.indexOf("二、主动公开政府信息情况\n"));
    }

    @Test
    void a_heading_numbered_as_another_part_is_a_numbering_error_located_at_its_section(@TempDir Path folder)
            throws IOException {
        String sample = Files.readString(Samples.path(Samples.HUAIAN_2024), StandardCharsets.UTF_8);
        Path file = Files.writeString(
                folder.resolve("misnumbered.txt"), sample.replace("五、存在的主要问题及改进情况", "四、存在的主要问题及改进情况"));

        Run run = run("--json", file.toString());

        assertThat(run.exit()).isEqualTo(CheckCommand.ERRORS_FOUND);
        assertThat(findings(run.lines().getFirst(), "NUMBERING"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.get("severity").asString()).isEqualTo("error");
                    assertThat(f.get("cells")).isEmpty();
                    assertThat(f.get("message").asString())
                            .isEqualTo("第五部分应为「五、存在的主要问题及改进情况」，此处为「四、存在的主要问题及改进情况」（编号在此重新开始或重复）。");
                    assertThat(f.at("/text/section").asString()).isEqualTo("S5");
                    assertThat(f.at("/text/start").asInt()).isZero();
                    assertThat(f.at("/text/end").asInt()).isZero();
                    assertThat(f.at("/text/match").asString()).isEqualTo("四、存在的主要问题及改进情况");
                });
    }

    @Test
    void a_section_copied_from_last_years_file_is_a_repeat_warning_with_its_passages(@TempDir Path folder)
            throws IOException {
        String lastYear = Files.readString(Samples.path(Samples.PINGTAN_2021), StandardCharsets.UTF_8);
        String thisYear = Files.readString(Samples.path(Samples.PINGTAN_2022), StandardCharsets.UTF_8);
        Path copied = Files.writeString(
                folder.resolve("pingtan-2022-copied.txt"),
                thisYear.replace(section1(thisYear), section1(lastYear).replace("2021年", "2022年")));

        Run together = run("--json", Samples.path(Samples.PINGTAN_2021).toString(), copied.toString());
        Run alone = run("--json", copied.toString());

        List<JsonNode> repeats = findings(together.lines().get(1), "REPEAT");
        assertThat(repeats).singleElement().satisfies(f -> {
            assertThat(f.get("severity").asString()).isEqualTo("warning");
            assertThat(f.get("message").asString()).startsWith("第一部分「总体情况」与上一年报告相同部分约占 100%（按连续8字片段计，不计年份、数字和标点）");
            assertThat(f.at("/text/section").asString()).isEqualTo("S1");
            assertThat(f.at("/text/end").asInt())
                    .isGreaterThan(f.at("/text/start").asInt());
            assertThat(f.at("/text/passages")).isNotEmpty();
            f.at("/text/passages")
                    .forEach(p -> assertThat(p.get("end").asInt())
                            .isGreaterThan(p.get("start").asInt()));
        });
        // last year's file checked on its own raises nothing of the kind; this year's alone has nothing to compare
        assertThat(findings(together.lines().getFirst(), "REPEAT")).isEmpty();
        assertThat(findings(alone.lines().getFirst(), "REPEAT")).isEmpty();
        assertThat(together.exit()).isEqualTo(alone.exit());
    }

    @Test
    void vague_is_reported_only_when_asked_for(@TempDir Path folder) throws IOException {
        String sample = Files.readString(Samples.path(Samples.HUAIAN_2024), StandardCharsets.UTF_8);
        String s5 = sample.substring(
                sample.indexOf("五、存在的主要问题及改进情况\n") + "五、存在的主要问题及改进情况\n".length(), sample.indexOf("六、其他需要报告的事项\n"));
        Path file = Files.writeString(
                folder.resolve("vague.txt"), sample.replace(s5, "\n下一步，我市将进一步加强政务公开工作，不断提升工作水平。\n\n"));

        assertThat(findings(run("--json", file.toString()).lines().getFirst(), "VAGUE"))
                .isEmpty();
        Run asked = run("--json", "--vague", file.toString());
        assertThat(findings(asked.lines().getFirst(), "VAGUE")).singleElement().satisfies(f -> {
            assertThat(f.get("severity").asString()).isEqualTo("warning");
            assertThat(f.at("/text/section").asString()).isEqualTo("S5");
        });
        assertThat(asked.exit()).isZero();
    }
}
