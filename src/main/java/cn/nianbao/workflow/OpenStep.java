package cn.nianbao.workflow;

import cn.nianbao.agency.Person;
import cn.nianbao.report.ReportStage;
import java.util.List;

/** An open step of a report's chain and the people holding it: the assignee, or everyone it is offered to. */
public record OpenStep(long reportId, ReportStage step, List<Person> holders) {}
