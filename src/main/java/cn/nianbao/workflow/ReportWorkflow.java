package cn.nianbao.workflow;

import cn.nianbao.report.ReportNotFoundException;
import cn.nianbao.report.ReportService;
import cn.nianbao.security.CurrentActor;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * What people do in the approval chain: start a report, list their 待办, submit, approve, return. Every call acts
 * as the signed-in person and is checked on the server; engine failures become one clear Chinese message here,
 * outside the transaction, and deadlocks are retried a bounded number of times.
 */
@Service
public class ReportWorkflow {

    public static final String CORRECTION_TAKEN = "这份报告的更正刚由他人发起，请刷新页面，在待办或「本机关报告」中继续办理。";

    private final TaskActions actions;
    private final CurrentActor currentActor;
    private final WorkflowExceptionTranslator translator;
    private final ReportService reports;
    private final ProcessDiagram diagrams;
    private final CorrectionActions corrections;

    ReportWorkflow(TaskActions actions, CurrentActor currentActor, WorkflowExceptionTranslator translator,
            ReportService reports, ProcessDiagram diagrams, CorrectionActions corrections) {
        this.corrections = corrections;
        this.actions = actions;
        this.currentActor = currentActor;
        this.translator = translator;
        this.reports = reports;
        this.diagrams = diagrams;
    }

    /** Creates the agency's report for {@code year} and its draft task for the person who created it. */
    public long startReport(int year) {
        return translator.run(() -> actions.start(currentActor.require(), year));
    }

    public List<WorkItem> inbox() {
        return actions.inbox(currentActor.require());
    }

    /** The task, if it is still open and this person may act on it. */
    public Optional<WorkItem> task(String taskId) {
        return actions.find(currentActor.require(), taskId);
    }

    public void submit(String taskId) {
        submit(taskId, null);
    }

    /** Submits the draft; when the checks give warnings, {@code warningNote} must say why they may stand. */
    public void submit(String taskId, String warningNote) {
        run(() -> actions.submit(currentActor.require(), taskId, warningNote));
    }

    /** 撤回: the submitter takes the report back to 起草 while 保密审查 has not acted on it. */
    public void withdraw(long reportId) {
        run(() -> actions.withdraw(currentActor.require(), reportId));
    }

    public boolean canWithdraw(long reportId) {
        return actions.withdrawable(currentActor.require(), reportId).isPresent();
    }

    public void approve(String taskId, String opinion) {
        run(() -> actions.approve(currentActor.require(), taskId, opinion));
    }

    /** Returns the report to 起草; the opinion is required and shown to the drafter beside the report. */
    public void returnForRevision(String taskId, String opinion) {
        run(() -> actions.returnForRevision(currentActor.require(), taskId, opinion));
    }

    /**
     * 更正: starts a correction of the agency's published report, a new edition prefilled with the published text
     * and figures, through the same approval chain. {@code note} (更正说明) is required and is published with it.
     */
    public long startCorrection(long publishedReportId, String note) {
        return translator.run(() -> {
            try {
                return corrections.start(currentActor.require(), publishedReportId, note);
            } catch (DataIntegrityViolationException | OptimisticLockingFailureException e) {
                // two people at once: the other one's correction (edition 2 of the year) committed first
                throw new WorkflowActionException(CORRECTION_TAKEN);
            }
        });
    }

    public boolean canCorrect(long reportId) {
        return corrections.correctable(currentActor.require(), reportId);
    }

    /**
     * The process diagram of the report as SVG: the path taken (returns included), the step open now. A report the
     * person may not see is {@link ReportNotFoundException}, as everywhere else.
     */
    public String diagram(long reportId) {
        reports.view(reportId);
        return diagrams.svg(reportId).orElseThrow(ReportNotFoundException::new);
    }

    private void run(Runnable action) {
        translator.run((Supplier<Void>) () -> {
            action.run();
            return null;
        });
    }
}
