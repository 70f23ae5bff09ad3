package cn.nianbao.workflow;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.agency.Person;
import cn.nianbao.agency.Role;
import cn.nianbao.base.PlainText;
import cn.nianbao.report.DraftPart;
import cn.nianbao.security.Actor;
import cn.nianbao.report.ReportNotFoundException;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportStage;
import cn.nianbao.security.CurrentActor;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * What people do in the approval chain: start a report, list their 待办, submit, approve, return, withdraw, and hand
 * a task on (claim, transfer, delegate, copy, urge). Every call acts
 * as the signed-in person and is checked on the server; engine failures become one clear Chinese message here,
 * outside the transaction, and deadlocks are retried a bounded number of times.
 */
@Service
public class ReportWorkflow {

    public static final String CORRECTION_TAKEN = "这份报告的更正刚由他人发起，请刷新页面，在待办或「本机关报告」中继续办理。";

    private final TaskActions actions;
    private final TaskHandover handover;
    private final CurrentActor currentActor;
    private final WorkflowExceptionTranslator translator;
    private final ReportService reports;
    private final ProcessDiagram diagrams;
    private final CorrectionActions corrections;
    private final SectionSplit split;
    private final AgencyDirectory agencies;

    ReportWorkflow(TaskActions actions, TaskHandover handover, CurrentActor currentActor,
            WorkflowExceptionTranslator translator, ReportService reports, ProcessDiagram diagrams,
            CorrectionActions corrections, SectionSplit split, AgencyDirectory agencies) {
        this.split = split;
        this.agencies = agencies;
        this.corrections = corrections;
        this.actions = actions;
        this.handover = handover;
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

    /** A part of a draft handed to the signed-in person (分工起草), if it is still open. */
    public Optional<WorkItem> partTask(String taskId) {
        return actions.findPart(currentActor.require(), taskId);
    }

    /**
     * 分工起草: the holder of the 起草 task hands {@code part} to {@code username}, a handler of the same agency, who
     * gets a task 「起草：part」 of their own.
     */
    public void assignPart(String draftTaskId, DraftPart part, String username) {
        run(() -> split.assign(currentActor.require(), draftTaskId, part, username));
    }

    /** Takes an unfinished part back; what was saved of it stays. */
    public void cancelPart(String draftTaskId, DraftPart part) {
        run(() -> split.cancel(currentActor.require(), draftTaskId, part));
    }

    /** 提交本部分: the colleague has finished their part. */
    public void finishPart(String partTaskId) {
        run(() -> split.finish(currentActor.require(), partTaskId));
    }

    /** Every part handed out for the report, with who drafts it and whether they finished. */
    public List<PartAssignment> parts(long reportId) {
        reports.view(reportId);
        return split.assignments(reportId);
    }

    /** The parts the signed-in person may change in the report, or empty when they may change everything. */
    public Optional<Set<DraftPart>> myParts(long reportId) {
        return split.limitedTo(reportId, currentActor.require().username());
    }

    /** Handlers of the signed-in person's agency to whom a part can be handed (not the person themselves). */
    public List<Person> partCandidates() {
        Actor actor = currentActor.require();
        return agencies.people(actor.agencyId()).stream()
                .filter(p -> p.has(Role.HANDLER) && !p.username().equals(actor.username())).toList();
    }

    public void submit(String taskId) {
        submit(taskId, null);
    }

    /** Submits the draft; when the checks give warnings, {@code warningNote} must say why they may stand. */
    public void submit(String taskId, String warningNote) {
        run(() -> actions.submit(currentActor.require(), taskId, typed(warningNote)));
    }

    /**
     * 撤回: whoever completed the step before the open one (the submitter, or the reviewer who approved) takes the
     * report back to that step while the open step has not acted on it (not claimed, handed on or decided).
     */
    public void withdraw(long reportId) {
        run(() -> actions.withdraw(currentActor.require(), reportId));
    }

    public boolean canWithdraw(long reportId) {
        return actions.withdrawable(currentActor.require(), reportId).isPresent();
    }

    public void approve(String taskId, String opinion) {
        run(() -> actions.approve(currentActor.require(), taskId, typed(opinion)));
    }

    /** Returns the report to 起草; the opinion is required and shown to the drafter beside the report. */
    public void returnForRevision(String taskId, String opinion) {
        returnTo(taskId, ReportStage.DRAFTING, opinion);
    }

    /** 退回修改 to 起草 or an earlier review step this report went through, landing with whoever did it last. */
    public void returnTo(String taskId, ReportStage step, String opinion) {
        run(() -> actions.returnTo(currentActor.require(), taskId, step, typed(opinion)));
    }

    /** The steps the task may be returned to, 起草 first, each with the person it would go to. */
    public List<ReturnTarget> returnTargets(String taskId) {
        return translator.run(() -> actions.returnTargets(currentActor.require(), taskId));
    }

    /** 认领: takes a task offered to one's group; it leaves the others' 待办. */
    public void claim(String taskId) {
        run(() -> handover.claim(currentActor.require(), taskId));
    }

    /** 取消认领: gives a claimed task back to its group. */
    public void unclaim(String taskId) {
        run(() -> handover.unclaim(currentActor.require(), taskId));
    }

    public List<Person> transferCandidates(String taskId) {
        return translator.run(() -> handover.transferCandidates(currentActor.require(), taskId));
    }

    /** 转办: the task goes to another person of the agency holding the step's role, who then decides it. */
    public void transfer(String taskId, String username, String opinion) {
        run(() -> handover.transfer(currentActor.require(), taskId, username, typed(opinion)));
    }

    public List<Person> delegateCandidates(String taskId) {
        return translator.run(() -> handover.delegateCandidates(currentActor.require(), taskId));
    }

    /** 委派: a colleague gives an opinion on the task, which then comes back to this person to decide. */
    public void delegate(String taskId, String username, String opinion) {
        run(() -> handover.delegate(currentActor.require(), taskId, username, typed(opinion)));
    }

    /** 办毕: the delegate's opinion; the task goes back to whoever delegated it. */
    public void resolve(String taskId, String opinion) {
        run(() -> handover.resolve(currentActor.require(), taskId, typed(opinion)));
    }

    public List<Person> copyCandidates() {
        return handover.copyCandidates(currentActor.require());
    }

    /** 抄送: the report appears under the person's 抄送我的 for reading. */
    public void copy(String taskId, String username) {
        run(() -> handover.copy(currentActor.require(), taskId, username));
    }

    /** 催办: reminds whoever holds the report's open step; returns how many people were reminded. */
    public int urge(long reportId, String text) {
        reports.view(reportId);
        return translator.run(() -> handover.urge(currentActor.require(), reportId, typed(text)));
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
     * The process diagram of the report as SVG: the path taken (returns included), the step open now; empty for a
     * report that never ran through the chain (one imported from its published text). A report the person may not
     * see is {@link ReportNotFoundException}, as everywhere else.
     */
    public Optional<String> diagram(long reportId) {
        reports.view(reportId);
        return diagrams.svg(reportId);
    }

    /**
     * An opinion, note or reminder as it may be stored (history, messages): control characters pasted with it are
     * dropped, soft line breaks made line breaks ({@link PlainText}), without a word: they were invisible anyway.
     */
    private static String typed(String text) {
        return PlainText.normalize(text).text();
    }

    private void run(Runnable action) {
        translator.run((Supplier<Void>) () -> {
            action.run();
            return null;
        });
    }
}
