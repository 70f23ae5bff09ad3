package cn.nianbao.workflow;

import cn.nianbao.agency.Role;
import cn.nianbao.report.ReportStage;
import cn.nianbao.security.Actor;
import java.util.List;

/** Names shared between the BPMN file and the code. */
final class ProcessKeys {

    static final String PROCESS = "annualReport";
    static final String VAR_REPORT_ID = "reportId";
    static final String VAR_AGENCY = "agency";
    static final String VAR_DRAFTER = "drafter";
    static final String VAR_DECISION = "decision";
    static final String APPROVE = "approve";
    static final String RETURN = "return";
    /** Everyone who submitted the draft, as ",name,name,": none of them may review it (审批分离). */
    static final String VAR_SUBMITTERS = "submitters";
    /** Set just before a return: the person who did the step returned to; the task listener assigns and clears it. */
    static final String VAR_RETURN_ASSIGNEE = "returnAssignee";
    /** 分工起草: one instance per part handed to a colleague, beside the report's own instance. */
    static final String PART_PROCESS = "sectionDraft";
    static final String PART_TASK = "draftPart";
    static final String VAR_PART = "part";
    static final String VAR_PART_LABEL = "partLabel";
    static final String VAR_SECTION_OWNER = "sectionOwner";
    static final String VAR_SECTION_OWNER_NAME = "sectionOwnerName";
    /** The steps of the chain in order, each with its user task and the role that does it. */
    static final List<ReportStage> CHAIN = List.of(ReportStage.DRAFTING, ReportStage.SECRECY_REVIEW,
            ReportStage.SUPERVISOR_REVIEW, ReportStage.LEAD_SIGNOFF);

    private ProcessKeys() {
    }

    /** The report id as the process holds it (a number of whichever width the variable type chose). */
    static long reportId(Object variable) {
        return ((Number) variable).longValue();
    }

    static ReportStage stageOf(String taskDefinitionKey) {
        return switch (taskDefinitionKey) {
            case "draft", PART_TASK -> ReportStage.DRAFTING;
            case "secrecyReview" -> ReportStage.SECRECY_REVIEW;
            case "supervisorReview" -> ReportStage.SUPERVISOR_REVIEW;
            case "leadSignoff" -> ReportStage.LEAD_SIGNOFF;
            default -> throw new IllegalArgumentException("unknown task " + taskDefinitionKey);
        };
    }

    static String taskKeyOf(ReportStage stage) {
        return switch (stage) {
            case DRAFTING -> "draft";
            case SECRECY_REVIEW -> "secrecyReview";
            case SUPERVISOR_REVIEW -> "supervisorReview";
            case LEAD_SIGNOFF -> "leadSignoff";
            default -> throw new IllegalArgumentException("no task for " + stage);
        };
    }

    static Role roleOf(ReportStage stage) {
        return switch (stage) {
            case DRAFTING -> Role.HANDLER;
            case SECRECY_REVIEW -> Role.SECRECY_REVIEWER;
            case SUPERVISOR_REVIEW -> Role.SUPERVISOR;
            case LEAD_SIGNOFF -> Role.LEAD;
            default -> throw new IllegalArgumentException("no role for " + stage);
        };
    }

    /** The decision that takes the process back to {@code target} (the BPMN's return conditions). */
    static String returnDecision(ReportStage target) {
        return target == ReportStage.DRAFTING ? RETURN : RETURN + "-" + taskKeyOf(target);
    }

    /** The step before {@code stage} in the chain. */
    static ReportStage previous(ReportStage stage) {
        return CHAIN.get(CHAIN.indexOf(stage) - 1);
    }

    /** The candidate groups a person belongs to: one per role, qualified by their agency (ROLE@agency-code). */
    static List<String> groupsOf(Actor actor, String agencyCode) {
        return actor.roles().stream().map(role -> group(role, agencyCode)).toList();
    }

    static String group(Role role, String agencyCode) {
        return role.name() + "@" + agencyCode;
    }
}
