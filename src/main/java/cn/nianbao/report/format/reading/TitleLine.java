package cn.nianbao.report.format.reading;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The agency and year from the conventional title line 「机关名称YYYY年（度）政府信息公开工作年度报告」, e.g.
 * 「温县科学技术局 2025 年政府信息公开工作年度报告」, 「平潭综合实验区2022年度政府信息公开工作年度报告」. When no title line is
 * found, the year may still come from the statistical period (「统计期限自2024年1月1日…」).
 */
record TitleLine(Optional<String> agency, OptionalInt year) {

    private static final Pattern TITLE =
            Pattern.compile("([\\p{IsHan}（）()·]{2,60})?((?:19|20)\\d{2})年度?的?政府信息公开(?:工作)?(?:年度报告|年报)");
    private static final Pattern PERIOD = Pattern.compile("((?:19|20)\\d{2})年1月1日");
    private static final int LOOK_AT = 12;

    static TitleLine find(List<String> candidates) {
        for (String candidate : candidates.subList(0, Math.min(LOOK_AT, candidates.size()))) {
            Matcher m = TITLE.matcher(candidate.replaceAll("[\\s\\u00a0\\u3000]", ""));
            if (m.find()) {
                return new TitleLine(
                        Optional.ofNullable(m.group(1))
                                .map(TitleLine::agencyName)
                                .filter(name -> name.length() >= 2),
                        OptionalInt.of(Integer.parseInt(m.group(2))));
            }
        }
        for (String candidate : candidates) {
            Matcher m = PERIOD.matcher(candidate.replaceAll("[\\s\\u00a0\\u3000]", ""));
            if (m.find()) {
                return new TitleLine(Optional.empty(), OptionalInt.of(Integer.parseInt(m.group(1))));
            }
        }
        return new TitleLine(Optional.empty(), OptionalInt.empty());
    }

    private static String agencyName(String written) {
        String name = written;
        if (name.startsWith("关于")) {
            name = name.substring(2);
        }
        if (name.endsWith("关于")) {
            name = name.substring(0, name.length() - 2);
        }
        return name;
    }
}
