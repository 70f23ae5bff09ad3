package cn.nianbao.desk;

import cn.nianbao.report.DraftPart;
import cn.nianbao.report.PartProposalRights;
import cn.nianbao.workflow.PartAssignment;
import cn.nianbao.workflow.ReportWorkflow;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The parts' former owners as the workflow lists the assignments: someone whose assignment of the part was
 * cancelled, and who holds no open assignment of it again (then they save, not propose).
 */
@Component
class FormerPartOwners implements PartProposalRights {

    private final ReportWorkflow workflow;

    FormerPartOwners(ReportWorkflow workflow) {
        this.workflow = workflow;
    }

    @Override
    public boolean wasOwnerOf(long reportId, String username, DraftPart part) {
        List<PartAssignment> mine = workflow.parts(reportId).stream()
                .filter(a -> a.part() == part && a.ownerUsername().equals(username))
                .toList();
        return mine.stream().anyMatch(a -> a.state() == PartAssignment.State.CANCELLED)
                && mine.stream().noneMatch(a -> a.state() == PartAssignment.State.OPEN);
    }
}
