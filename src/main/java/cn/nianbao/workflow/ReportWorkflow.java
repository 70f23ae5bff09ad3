package cn.nianbao.workflow;

import cn.nianbao.agency.Person;
import cn.nianbao.base.PlainText;
import cn.nianbao.report.DraftPart;
import cn.nianbao.report.ReportStage;
import cn.nianbao.security.Actor;
import cn.nianbao.security.CurrentActor;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * The approval chain as the screens use it, always as the signed-in person: starting a report, the 待办 inbox, every
 * decision and hand-over, 分工起草 and 更正. Every call is checked again in the component that does it, and engine
 * and database failures become one clear message ({@link WorkflowExceptionTranslator}). Text people type is stored
 * normalised ({@link PlainText}).
 */
@Service
public class ReportWorkflow {

    public static final String CORRECTION_TAKEN = "这份报告的更正刚由他人发起，请刷新页面，在待办或「本机关报告」中继续办理。";

    private final CurrentActor currentActor;
    private final ReportStarts starts;
    private final Inbox inbox;
    private final Decisions decisions;
    private final TaskHandover handover;
    private final Urging urging;
    private final SectionSplit split;
    private final WorkflowExceptionTranslator translator = new WorkflowExceptionTranslator();

    ReportWorkflow(
            CurrentActor currentActor,
            ReportStarts starts,
            Inbox inbox,
            Decisions decisions,
            TaskHandover handover,
            Urging urging,
            SectionSplit split) {
        this.currentActor = currentActor;
        this.starts = starts;
        this.inbox = inbox;
        this.decisions = decisions;
        this.handover = handover;
        this.urging = urging;
        this.split = split;
    }

    /** Creates the agency's report for {@code year} and its draft task for the person who created it. */
    public long startReport(int year) {
        return translator.run(() -> starts.start(actor(), year));
    }

    /** The person's open tasks, newest first. */
    public List<WorkItem> inbox() {
        return inbox.of(actor());
    }

    /** The tasks this person delegated (委派) that have not come back yet: to read, not to act on. */
    public List<WorkItem> delegatedByMe() {
        return inbox.delegatedBy(actor());
    }

    /** The task, if it is still open and this person may act on it. */
    public Optional<WorkItem> task(String taskId) {
        return inbox.task(actor(), taskId);
    }

    /**
     * Why an open task is not this person's although they hold its role: they drafted or submitted the report
     * (审批分离). Empty when the task is gone, or another agency's, or the person's own to do.
     */
    public Optional<String> whyNotMine(String taskId) {
        return inbox.refusal(actor(), taskId);
    }

    /** The person's task of this report (the one to open from the report page), if they hold or may take one. */
    public Optional<WorkItem> taskOfReport(long reportId) {
        return inbox.ofReport(actor(), reportId);
    }

    /** A part of a draft handed to the signed-in person (分工起草), if it is still open. */
    public Optional<WorkItem> partTask(String taskId) {
        return inbox.part(actor(), taskId);
    }

    /**
     * 分工起草: the holder of the 起草 task hands {@code part} to {@code username}, a handler of the same agency, who
     * gets a task 「起草：part」 of their own.
     */
    public void assignPart(String draftTaskId, DraftPart part, String username) {
        translator.run(() -> split.assign(actor(), draftTaskId, part, username));
    }

    /** Takes an unfinished part back; what was saved of it stays. */
    public void cancelPart(String draftTaskId, DraftPart part) {
        translator.run(() -> split.cancel(actor(), draftTaskId, part));
    }

    /** 提交本部分: the colleague is done with their part. */
    public void finishPart(String partTaskId) {
        translator.run(() -> split.finish(actor(), partTaskId));
    }

    /** Every part handed out for the report, with how it stands. */
    public List<PartAssignment> parts(long reportId) {
        return split.assignments(reportId);
    }

    /** The parts the signed-in person may edit, when they draft only some (分工起草); empty when not limited. */
    public Optional<Set<DraftPart>> myParts(long reportId) {
        return split.limitedTo(reportId, actor().username());
    }

    /** Handlers of the signed-in person's agency to whom a part can be handed (not the person themselves). */
    public List<Person> partCandidates() {
        return split.candidates(actor());
    }

    public void submit(String taskId) {
        submit(taskId, null);
    }

    /** Submits the draft; when the checks give warnings, {@code warningNote} must say why they may stand. */
    public void submit(String taskId, String warningNote) {
        translator.run(() -> decisions.submit(actor(), taskId, clean(warningNote)));
    }

    /**
     * 撤回: whoever completed the step before the open one (the submitter, or the reviewer who approved) takes the
     * report back to that step while the open step has not acted on it (not claimed, handed on or decided).
     */
    public void withdraw(long reportId) {
        translator.run(() -> decisions.withdraw(actor(), reportId));
    }

    public boolean canWithdraw(long reportId) {
        return decisions.withdrawable(actor(), reportId).isPresent();
    }

    public void approve(String taskId, String opinion) {
        translator.run(() -> decisions.approve(actor(), taskId, clean(opinion)));
    }

    /** Returns the report to 起草; the opinion is required and shown to the drafter beside the report. */
    public void returnForRevision(String taskId, String opinion) {
        returnTo(taskId, ReportStage.DRAFTING, opinion);
    }

    /** 退回修改 to 起草 or an earlier review step this report went through, landing with whoever did it last. */
    public void returnTo(String taskId, ReportStage step, String opinion) {
        translator.run(() -> decisions.returnTo(actor(), taskId, step, clean(opinion)));
    }

    /** What a decision at {@code step} records when no opinion is typed (「同意」, at 备案 「予以备案」). */
    public static String defaultOpinion(ReportStage step) {
        return Decisions.defaultOpinion(step);
    }

    /** The steps the task may be returned to, 起草 first, each with the person it would go to. */
    public List<ReturnTarget> returnTargets(String taskId) {
        return translator.run(() -> decisions.returnTargets(actor(), taskId));
    }

    /** 认领: takes a task offered to one's group; it leaves the others' 待办. */
    public void claim(String taskId) {
        translator.run(() -> handover.claim(actor(), taskId));
    }

    /** 取消认领: gives a claimed task back to its group. */
    public void unclaim(String taskId) {
        translator.run(() -> handover.unclaim(actor(), taskId));
    }

    public List<Person> transferCandidates(String taskId) {
        return translator.run(() -> handover.transferCandidates(actor(), taskId));
    }

    /** 转办: the task goes to another person of the agency holding the step's role, who then decides it. */
    public void transfer(String taskId, String username, String opinion) {
        translator.run(() -> handover.transfer(actor(), taskId, username, clean(opinion)));
    }

    public List<Person> delegateCandidates(String taskId) {
        return translator.run(() -> handover.delegateCandidates(actor(), taskId));
    }

    /** 委派: a colleague gives an opinion on the task, which then comes back to this person to decide. */
    public void delegate(String taskId, String username, String opinion) {
        translator.run(() -> handover.delegate(actor(), taskId, username, clean(opinion)));
    }

    /** 办毕: the delegate's opinion; the task goes back to whoever delegated it. */
    public void resolve(String taskId, String opinion) {
        translator.run(() -> handover.resolve(actor(), taskId, clean(opinion)));
    }

    public List<Person> copyCandidates() {
        return handover.copyCandidates(actor());
    }

    public void copy(String taskId, String username) {
        copy(taskId, username, null);
    }

    /** 抄送: the report appears under the person's 抄送我的 for reading, with the 附言 (at most 500 characters). */
    public void copy(String taskId, String username, String remark) {
        translator.run(() -> handover.copy(actor(), taskId, username, clean(remark)));
    }

    /** 催办: reminds whoever holds the report's open step; returns how many people were reminded. */
    public int urge(long reportId, String text) {
        return translator.run(() -> urging.urge(actor(), reportId, clean(text)));
    }

    /**
     * 更正: starts a correction of the agency's published report, a new edition prefilled with the published text
     * and figures, through the same approval chain. {@code note} (更正说明) is required and is published with it.
     */
    public long startCorrection(long publishedReportId, String note) {
        return translator.run(() -> {
            try {
                return starts.startCorrection(actor(), publishedReportId, note);
            } catch (DataIntegrityViolationException | OptimisticLockingFailureException e) {
                // two people at once: the other one's correction (edition 2 of the year) committed first
                throw new WorkflowActionException(CORRECTION_TAKEN);
            }
        });
    }

    public boolean canCorrect(long reportId) {
        return starts.correctable(actor(), reportId);
    }

    private Actor actor() {
        return currentActor.require();
    }

    /** Opinions, notes and reminders are stored as text: control characters removed, soft line breaks made breaks. */
    private static String clean(String typed) {
        return typed == null ? null : PlainText.normalize(typed).text();
    }
}
