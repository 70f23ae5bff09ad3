package cn.nianbao.coordination;

import cn.nianbao.agency.Person;
import java.util.List;

/**
 * What a year start would do, shown to the coordinator before it runs: the agencies whose report it creates and the
 * handler each draft goes to, how many have a report already, and those it cannot start (no 经办人员).
 */
public record YearStartPlan(int year, List<Planned> toCreate, int alreadyStarted, List<String> withoutHandler) {

    /** One report the start creates: the agency and the handler who gets its 起草 task. */
    public record Planned(long agencyId, String agencyName, Person handler) {}

    public boolean createsNothing() {
        return toCreate.isEmpty();
    }

    /** 「将为 2 个机关创建 2025 年度报告：甲局（起草：经办1）、乙局（起草：经办2）。1 个机关已有报告，不再创建。」 */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (toCreate.isEmpty()) {
            text.append("没有需要创建的 ").append(year).append(" 年度报告。");
        } else {
            text.append("将为 ")
                    .append(toCreate.size())
                    .append(" 个机关创建 ")
                    .append(year)
                    .append(" 年度报告：")
                    .append(String.join(
                            "、",
                            toCreate.stream()
                                    .map(p -> p.agencyName() + "（起草："
                                            + p.handler().displayName() + "）")
                                    .toList()))
                    .append("。");
        }
        if (alreadyStarted > 0) {
            text.append(alreadyStarted).append(" 个机关已有报告，不再创建。");
        }
        if (!withoutHandler.isEmpty()) {
            text.append("无经办人员、不能创建：").append(String.join("、", withoutHandler)).append("。");
        }
        return text.toString();
    }
}
