package cn.nianbao.coordination;

import java.util.List;

/**
 * What a year start did: the agencies whose report it created, how many had one already, and those it could not start
 * because nobody there holds the 经办人员 role (or their start failed; the next press tries again).
 */
public record YearStartResult(int year, List<String> started, int alreadyStarted, List<String> notStarted) {

    /** 「已为 3 个机关创建 2025 年度报告；1 个机关已有报告；未能创建：…（无经办人员）」 */
    public String summary() {
        return "已为 " + started.size() + " 个机关创建 " + year + " 年度报告；" + alreadyStarted + " 个机关已有报告"
                + (notStarted.isEmpty() ? "。" : "；未能创建（请确认这些机关有经办人员）：" + String.join("、", notStarted) + "。");
    }
}
