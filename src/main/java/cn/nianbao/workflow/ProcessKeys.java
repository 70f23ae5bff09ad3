package cn.nianbao.workflow;

import cn.nianbao.agency.Role;
import cn.nianbao.report.ReportStage;
import org.flowable.task.api.TaskInfo;

/** Names shared between the BPMN files and the code, and what a task's key and variables say. */
final class ProcessKeys {

    static final String PROCESS = "annualReport";
    static final String DRAFT_TASK = "draft";
    static final String VAR_REPORT_ID = "reportId";
    static final String VAR_AGENCY = "agency";
    static final String VAR_DRAFTER = "drafter";
    static final String VAR_DECISION = "decision";
    static final String APPROVE = "approve";
    static final String RETURN = "return";
    /** Set just before a return: the person who did the step returned to; the task listener assigns and clears it. */
    static final String VAR_RETURN_ASSIGNEE = "returnAssignee";
    /** 先备案后公布: the 备案 step, and the variables the sign-off sets to take the flow there (FilingAreas). */
    static final String FILING_TASK = "filing";

    static final String VAR_FILING_REQUIRED = "filingRequired";
    /** The code of the area whose coordinators file the report ({@code COORDINATOR@${filingArea}}). */
    static final String VAR_FILING_AREA = "filingArea";

    static final String VAR_FILING_AREA_ID = "filingAreaId";
    /**
     * 分工起草: each part handed to a colleague is one instance of the event sub-process inside the 起草 sub-process,
     * started by this message; its task {@link #PART_TASK} carries the part's variables as task-local variables.
     */
    static final String PART_ASSIGNED = "partAssigned";
    /** Ends one part's task early (取消分工, or its owner's account disabled): the boundary message of the task. */
    static final String PART_CANCELLED = "partCancelled";

    static final String PART_TASK = "draftPart";
    static final String VAR_PART = "part";
    static final String VAR_PART_LABEL = "partLabel";
    static final String VAR_SECTION_OWNER = "sectionOwner";
    static final String VAR_SECTION_OWNER_NAME = "sectionOwnerName";

    private ProcessKeys() {}

    /** The report id as the process holds it (a number of whichever width the variable type chose). */
    static long reportId(Object variable) {
        return ((Number) variable).longValue();
    }

    /** The report of a task loaded with its process variables, or of a part's task loaded with its own. */
    static long reportIdOf(TaskInfo task) {
        Object reportId = task.getProcessVariables().get(VAR_REPORT_ID);
        return reportId(
                reportId != null ? reportId : task.getTaskLocalVariables().get(VAR_REPORT_ID));
    }

    /** Who drafts the report (the 起草 task's holder), for a task loaded with its process variables. */
    static boolean isPart(TaskInfo task) {
        return PART_TASK.equals(task.getTaskDefinitionKey());
    }

    static String drafterOf(TaskInfo task) {
        Object drafter = task.getProcessVariables().get(VAR_DRAFTER);
        return drafter == null ? null : drafter.toString();
    }

    static ReportStage stageOf(TaskInfo task) {
        return stageOf(task.getTaskDefinitionKey());
    }

    static ReportStage stageOf(String taskDefinitionKey) {
        return switch (taskDefinitionKey) {
            case DRAFT_TASK, PART_TASK -> ReportStage.DRAFTING;
            case "secrecyReview" -> ReportStage.SECRECY_REVIEW;
            case "supervisorReview" -> ReportStage.SUPERVISOR_REVIEW;
            case "leadSignoff" -> ReportStage.LEAD_SIGNOFF;
            case FILING_TASK -> ReportStage.FILING;
            default -> throw new IllegalArgumentException("unknown task " + taskDefinitionKey);
        };
    }

    static String taskKeyOf(ReportStage stage) {
        return switch (stage) {
            case DRAFTING -> DRAFT_TASK;
            case SECRECY_REVIEW -> "secrecyReview";
            case SUPERVISOR_REVIEW -> "supervisorReview";
            case LEAD_SIGNOFF -> "leadSignoff";
            case FILING -> FILING_TASK;
            default -> throw new IllegalArgumentException("no task for " + stage);
        };
    }

    static Role roleOf(ReportStage stage) {
        return switch (stage) {
            case DRAFTING -> Role.HANDLER;
            case SECRECY_REVIEW -> Role.SECRECY_REVIEWER;
            case SUPERVISOR_REVIEW -> Role.SUPERVISOR;
            case LEAD_SIGNOFF -> Role.LEAD;
            case FILING -> Role.COORDINATOR;
            default -> throw new IllegalArgumentException("no role for " + stage);
        };
    }

    /**
     * The agency whose people the task is offered to: the report's own, or at 备案 the area filed with. {@code
     * reportAgencyId} is the report's agency, which the caller has at hand.
     */
    static long offeringAgencyOf(TaskInfo task, long reportAgencyId) {
        return offeringAgency(stageOf(task), task.getProcessVariables().get(VAR_FILING_AREA_ID), reportAgencyId);
    }

    /** {@link #offeringAgencyOf} from the step and its {@link #VAR_FILING_AREA_ID} variable, as a task listener has them. */
    static long offeringAgency(ReportStage stage, Object filingAreaId, long reportAgencyId) {
        return stage == ReportStage.FILING && filingAreaId != null
                ? ((Number) filingAreaId).longValue()
                : reportAgencyId;
    }

    /** The decision that takes the process back to {@code target} (the BPMN's return conditions). */
    static String returnDecision(ReportStage target) {
        return target == ReportStage.DRAFTING ? RETURN : RETURN + "-" + taskKeyOf(target);
    }
}
