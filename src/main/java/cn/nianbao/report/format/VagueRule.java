package cn.nianbao.report.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * VAGUE (docs/RULES.md), a warning: section 五 names no concrete problem and no concrete measure, only general words
 * (进一步加强, 不断提升, 完善相关制度…), which assessors mark 「泛泛而谈」. Read clause by clause: a clause is general
 * when nothing is left once the general words ({@link #GENERAL}), years, enumerators (一是…) and punctuation are taken
 * out; the section is vague when it has text and every clause is general. One clause with an object (政策解读, 业务培训,
 * 门户网站栏目, a figure) is enough to say nothing: a silent miss is better than a false alarm. Off in {@code check} by
 * default (see {@link FullCheck}).
 */
public final class VagueRule {

    public static final String RULE = "VAGUE";

    /** The words that say nothing by themselves: verbs and adverbs of intent, and nouns of any work at all. */
    static final List<String> GENERAL = Stream.of(
                    // verbs, adverbs and function words
                    """
                    进一步 加强 强化 提升 提高 完善 健全 深化 推进 推动 加大 加快 优化 改进
                    规范 落实 抓好 做好 做实 着力 注重 坚持 持续 不断 继续 切实 全面 积极 努力
                    认真 扎实 大力 深入 有效 确保 力争 狠抓 贯彻 增强 采取 加以 取得 更加 更好
                    仍需 还需 有待 需要 亟待 存在 不够 不足 较为 一定 主要 表现在 针对 对照
                    结合 围绕 以上 上述 以下 下一步 下阶段 今后 明年 本年度 年度 将 要 需 仍
                    还 并 等 在 对 把 为 以 了 是 有 的 地 得 和 与 及 同时 方面 相关
                    有关 各项 一些 部分 个别 进行 开展 实现 形成
                    """,
                    // nouns of any work
                    """
                    政府信息公开 政务公开 信息公开 公开 工作 水平 力度 质量 能力 意识 成效 实效
                    效果 作用 问题 不足之处 差距 短板 弱项 地方 要求 部署 措施 举措 建设 管理
                    服务 机制 制度 体系 标准化 规范化 新形势 新要求
                    """,
                    // who
                    """
                    我局 我区 我市 我县 我委 我办 我镇 我单位 本局 本机关 本单位 单位
                    """)
            .flatMap(words -> Stream.of(words.strip().split("\\s+")))
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();

    /** The general verbs the message quotes (not 工作, 我局…, which every section has). */
    private static final Set<String> QUOTED = Set.of(
            "进一步", "加强", "强化", "提升", "提高", "完善", "健全", "深化", "推进", "推动", "加大", "加快", "优化", "改进", "规范", "落实", "抓好", "做好",
            "持续", "不断", "切实", "全面", "有待");

    private static final Pattern CLAUSE_END = Pattern.compile("[，,。；;：:！？!?、\\n（）()“”\"]");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}年");
    private static final Pattern ENUMERATOR = Pattern.compile("[一二三四五六七八九十]是|其[一二三四五六]");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]");
    private static final Pattern GENERAL_WORDS = Pattern.compile(String.join("|", GENERAL));
    private static final int SHOWN = 20;

    public List<Finding> check(ReportContent content) {
        String text = content.text(Section.S5);
        if (text.isBlank()) {
            return List.of();
        }
        Set<String> said = new LinkedHashSet<>();
        for (String clause : CLAUSE_END.split(Prose.plain(text))) {
            String words =
                    ENUMERATOR.matcher(YEAR.matcher(clause).replaceAll("")).replaceAll("");
            var general = GENERAL_WORDS.matcher(words);
            while (general.find()) {
                if (QUOTED.contains(general.group())) {
                    said.add(general.group());
                }
            }
            String rest = NOT_A_WORD
                    .matcher(GENERAL_WORDS.matcher(words).replaceAll(""))
                    .replaceAll("");
            if (!rest.isEmpty()) {
                return List.of();
            }
        }
        List<String> examples = new ArrayList<>(said).subList(0, Math.min(4, said.size()));
        String flat = text.strip().replace('\n', ' ');
        TextSpan span = new TextSpan(
                Section.S5, 0, text.length(), flat.length() <= SHOWN ? flat : flat.substring(0, SHOWN) + "…");
        return List.of(Finding.warningAt(
                RULE,
                span,
                "第五部分「存在的主要问题及改进情况」只有"
                        + (examples.isEmpty() ? "笼统的说法" : "“" + String.join("、", examples) + "”等笼统的说法")
                        + "，没有写出具体的问题或改进措施（泛泛而谈），请写明是哪方面的问题、采取什么措施。"));
    }
}
