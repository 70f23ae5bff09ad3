package cn.nianbao.coordination;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.agency.Person;
import cn.nianbao.agency.Role;
import cn.nianbao.base.UserFacingException;
import cn.nianbao.workflow.ReportWorkflow;
import cn.nianbao.workflow.WorkflowActionException;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 催办 from above: the coordinator reminds one late agency, or all of them at once. A report in the chain reminds
 * whoever holds its open step (recorded in its history); an agency that has not started hears through its handlers.
 */
@Service
public class AreaUrging {

    static final String TEXT = "请抓紧办理，按期发布政府信息公开工作年度报告。";

    /** An agency that has not started and has nobody to start: who can change that (三员分立: two administrators). */
    static final String NO_HANDLER = "该机关还没有经办人员账号，无人可催办：请系统管理员在「用户管理」中为该机关开设账号，" + "再由安全管理员在「角色分配」中授予「经办人员」角色。";

    private final AreaProgress area;
    private final ReportWorkflow workflow;
    private final AgencyDirectory people;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    AreaUrging(
            AreaProgress area,
            ReportWorkflow workflow,
            AgencyDirectory people,
            ApplicationEventPublisher events,
            TransactionTemplate transactions) {
        this.area = area;
        this.workflow = workflow;
        this.people = people;
        this.events = events;
        this.transactions = transactions;
    }

    /** How many people were reminded about this agency's report on {@code year}. */
    public int urge(long agencyId, int year) {
        AgencyProgress progress = area.of(year).stream()
                .filter(p -> p.agencyId() == agencyId)
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("只能催办本机关及下级机关。"));
        if (!progress.published()
                && progress.reportId() == null
                && handlers(agencyId).isEmpty()) {
            throw new UserFacingException(NO_HANDLER);
        }
        return urge(progress, year);
    }

    /** Every agency overdue on {@code year}; returns how many people were reminded in all. */
    public int urgeAllLate(int year) {
        return area.of(year).stream()
                .filter(AgencyProgress::overdue)
                .mapToInt(p -> urge(p, year))
                .sum();
    }

    private int urge(AgencyProgress progress, int year) {
        if (progress.published()) {
            return 0;
        }
        if (progress.reportId() != null) {
            try {
                return workflow.urge(progress.reportId(), TEXT);
            } catch (WorkflowActionException notInTheChain) {
                return 0; // being published right now, or nobody holds the step: nothing to remind
            }
        }
        List<String> handlers = handlers(progress.agencyId());
        // in a transaction of its own: the message is sent once it commits (each report's urge has its own already)
        transactions.executeWithoutResult(
                status -> events.publishEvent(new StartUrged(progress.agencyId(), year, progress.dueDate(), handlers)));
        return handlers.size();
    }

    private List<String> handlers(long agencyId) {
        return people.withRole(agencyId, Role.HANDLER).stream()
                .map(Person::username)
                .toList();
    }
}
