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

    private ProcessKeys() {
    }

    /** The report id as the process holds it (a number of whichever width the variable type chose). */
    static long reportId(Object variable) {
        return ((Number) variable).longValue();
    }

    static ReportStage stageOf(String taskDefinitionKey) {
        return switch (taskDefinitionKey) {
            case "draft" -> ReportStage.DRAFTING;
            case "secrecyReview" -> ReportStage.SECRECY_REVIEW;
            case "supervisorReview" -> ReportStage.SUPERVISOR_REVIEW;
            case "leadSignoff" -> ReportStage.LEAD_SIGNOFF;
            default -> throw new IllegalArgumentException("unknown task " + taskDefinitionKey);
        };
    }

    /** The candidate groups a person belongs to: one per role, qualified by their agency (ROLE@agency-code). */
    static List<String> groupsOf(Actor actor, String agencyCode) {
        return actor.roles().stream().map(role -> group(role, agencyCode)).toList();
    }

    static String group(Role role, String agencyCode) {
        return role.name() + "@" + agencyCode;
    }
}
