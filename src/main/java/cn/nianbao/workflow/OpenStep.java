package cn.nianbao.workflow;

import cn.nianbao.agency.Person;
import cn.nianbao.report.ReportStage;
import java.time.Instant;
import java.util.List;

/**
 * An open step of a report's chain, the people holding it (the assignee, or everyone it is offered to) and since
 * when it has been open (its first task's creation; for 起草 with parts handed out, the draft's).
 */
public record OpenStep(long reportId, ReportStage step, List<Person> holders, Instant since) {

    /** 李华、何静 */
    public String holderNames() {
        return holders.isEmpty()
                ? "（无人）"
                : String.join("、", holders.stream().map(Person::displayName).toList());
    }
}
