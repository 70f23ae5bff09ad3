package cn.nianbao.desk;

import cn.nianbao.base.ChinaTime;
import cn.nianbao.pdf.HtmlPdf;
import cn.nianbao.report.HistoryAction;
import cn.nianbao.report.OpinionBlocks;
import cn.nianbao.report.ReportHistoryItem;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportView;
import java.time.Clock;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The 保密审查审批表 and 签发单 of a report as PDF, one A4 page laid out like the paper forms: each review step's
 * opinion that counts (report.OpinionBlocks), with the name and date. For whoever may read the report (ReportService
 * checks, and records the print in the audit trail as a view of it).
 */
@Service
public class ApprovalForms {

    /**
     * An opinion may be 2,000 characters; the form's box holds about this many, so a longer one is printed cut, saying
     * where the whole text is, and the form still fits its page.
     */
    static final int PRINTED_OPINION = 300;

    private final ReportService reports;
    private final ITemplateEngine templates;
    private final HtmlPdf html;
    private final Clock clock;
    private final Signatures signatures;

    ApprovalForms(ReportService reports, ITemplateEngine templates, HtmlPdf html, Clock clock, Signatures signatures) {
        this.reports = reports;
        this.signatures = signatures;
        this.templates = templates;
        this.html = html;
        this.clock = clock;
    }

    /**
     * A step's box: its title, and the opinion, signer, date and the signer's signature image (a data: URI, null
     * without one) once it has been decided.
     */
    public record Step(String title, String opinion, String name, String date, String signature) {}

    public byte[] pdf(long reportId, ApprovalForm form) {
        ReportView report = reports.open(reportId, form.title());
        List<ReportHistoryItem> history = reports.history(reportId);
        Optional<ReportHistoryItem> submitted = history.stream()
                .filter(item -> item.action() == HistoryAction.SUBMITTED)
                .max(Comparator.comparingLong(ReportHistoryItem::id));
        Context context = new Context(Locale.SIMPLIFIED_CHINESE);
        context.setVariable("formTitle", form.title());
        context.setVariable("agencyName", report.agencyName());
        context.setVariable("reportTitle", report.title());
        context.setVariable("year", report.year());
        context.setVariable(
                "drafter", submitted.map(ReportHistoryItem::actorName).orElse(""));
        context.setVariable(
                "submittedOn",
                submitted.map(s -> ChinaTime.DATE.format(s.occurredAt())).orElse("（尚未送审）"));
        context.setVariable("steps", steps(history, signaturesOf(history)));
        context.setVariable("printedOn", ChinaTime.MINUTES.format(clock.instant()));
        return html.render(templates.process("forms/approval-form", context), form.slug() + " of report " + reportId);
    }

    private Map<String, byte[]> signaturesOf(List<ReportHistoryItem> history) {
        return signatures.of(OpinionBlocks.of(history).stream()
                .flatMap(block -> block.counting().stream())
                .map(ReportHistoryItem::actorUsername)
                .collect(Collectors.toSet()));
    }

    static List<Step> steps(List<ReportHistoryItem> history, Map<String, byte[]> signatures) {
        return OpinionBlocks.of(history).stream()
                .map(block -> block.counting()
                        .map(d -> new Step(
                                block.title(),
                                printed(d.opinion()),
                                d.actorName(),
                                ChinaTime.DATE.format(d.occurredAt()),
                                Optional.ofNullable(signatures.get(d.actorUsername()))
                                        .map(png -> "data:image/png;base64,"
                                                + Base64.getEncoder().encodeToString(png))
                                        .orElse(null)))
                        .orElseGet(() -> new Step(block.title(), null, "", "", null)))
                .toList();
    }

    static String printed(String opinion) {
        if (opinion == null || opinion.isBlank()) {
            return "（未填写意见）";
        }
        if (opinion.codePointCount(0, opinion.length()) <= PRINTED_OPINION) {
            return opinion;
        }
        int end = opinion.offsetByCodePoints(0, PRINTED_OPINION - 20);
        return opinion.substring(0, end) + "……（意见全文 " + opinion.codePointCount(0, opinion.length()) + " 字，见系统办理记录）";
    }
}
