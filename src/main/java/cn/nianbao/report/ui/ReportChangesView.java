package cn.nianbao.report.ui;

import cn.nianbao.agency.RoleNames;
import cn.nianbao.base.UserFacingException;
import cn.nianbao.report.ContentChanges;
import cn.nianbao.report.PartProposals;
import cn.nianbao.report.ProposalView;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.ReportStage;
import cn.nianbao.report.ReportView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * What changed: with a step of the timeline, what that submission or decision changed against the version before;
 * without, what changed since the version the signed-in person last submitted or decided on.
 */
@Route("reports/:reportId/changes/:historyId?")
@PageTitle("修改对照 · 年报")
@RolesAllowed({
    RoleNames.HANDLER,
    RoleNames.SECRECY_REVIEWER,
    RoleNames.SUPERVISOR,
    RoleNames.LEAD,
    RoleNames.COORDINATOR
})
public class ReportChangesView extends Div implements BeforeEnterObserver {

    private final ReportService reports;
    private final PartProposals proposals;

    ReportChangesView(ReportService reports, PartProposals proposals) {
        this.reports = reports;
        this.proposals = proposals;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            long reportId =
                    Long.parseLong(event.getRouteParameters().get("reportId").orElse(""));
            ReportView report = reports.open(reportId, "修改对照");
            add(new H2(report.title()), new Anchor("reports/" + reportId, "返回报告"));
            Optional<String> step = event.getRouteParameters().get("historyId");
            Optional<ProposalView> proposal = step.flatMap(id -> proposals.proposal(reportId, Long.parseLong(id)));
            if (proposal.isPresent()) {
                add(new ProposalPanel(reports, reportId, proposal.get(), report.stage() == ReportStage.DRAFTING));
                return;
            }
            Optional<ContentChanges> changes = step.isPresent()
                    ? reports.changesAt(reportId, Long.parseLong(step.get()))
                    : reports.changesSinceMyLastVersion(reportId);
            changes.ifPresentOrElse(
                    c -> add(new ChangesPanel(step.isPresent() ? "本次修改" : "与此前版本相比的修改", c)),
                    () -> add(new Paragraph("没有可对照的版本：您还没有提交或审核过这份报告。")));
        } catch (NumberFormatException | UserFacingException e) {
            Paragraph missing = new Paragraph("报告不存在或您无权查看。");
            missing.setId("not-found");
            add(missing);
        }
    }
}
