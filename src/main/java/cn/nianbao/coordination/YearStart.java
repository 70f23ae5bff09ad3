package cn.nianbao.coordination;

import cn.nianbao.agency.AgencyKind;
import cn.nianbao.agency.Role;
import cn.nianbao.base.ChinaTime;
import cn.nianbao.coordination.YearStartPlan.Planned;
import cn.nianbao.deadline.ReportingCycle;
import cn.nianbao.security.Actor;
import cn.nianbao.security.CurrentActor;
import cn.nianbao.workflow.ReportStarts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 年度开始: every agency of an area that has no report on the year yet gets its new report, prefilled from last
 * year's where the format allows, with its draft task assigned to the agency's first handler (by user name). The
 * draft task of the chain is a personal task (the drafter, whom returns go back to and who may not review their own
 * report), so it goes to one person; another handler takes it over with 转办. Governments are left out: their report
 * sums the area's published reports and is started by their own handler once the departments have published.
 * Pressing twice, or the job after the button, creates nothing more. Each agency in a transaction of its own; its
 * handler is told of the new draft ({@link YearStartAssigned}). The coordinator sees the {@link #plan} first.
 */
@Service
@EnableConfigurationProperties(YearStartSettings.class)
public class YearStart {

    static final String SYSTEM = "system";
    static final String SYSTEM_NAME = "系统（年度开始）";
    private static final Logger log = LoggerFactory.getLogger(YearStart.class);

    private final YearStartPlanner planner;
    private final ReportStarts starts;
    private final CurrentActor currentActor;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final ReportingCycle cycle;
    private final Clock clock;

    YearStart(
            YearStartPlanner planner,
            ReportStarts starts,
            CurrentActor currentActor,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            ReportingCycle cycle,
            Clock clock) {
        this.planner = planner;
        this.starts = starts;
        this.currentActor = currentActor;
        this.transactions = transactions;
        this.events = events;
        this.cycle = cycle;
        this.clock = clock;
    }

    /** What 「开始 year 年度报告」 would create below this coordinator, for them to confirm; creates nothing. */
    public YearStartPlan plan(int year) {
        Actor actor = currentActor.require(Role.COORDINATOR, "只有主管部门协调员可以开始年度报告。");
        planner.checkYear(year);
        return planner.plan(actor.agencyId(), year);
    }

    /** The coordinator's 「开始 year 年度报告」: for every agency below theirs. */
    public YearStartResult start(int year) {
        Actor actor = currentActor.require(Role.COORDINATOR, "只有主管部门协调员可以开始年度报告。");
        planner.checkYear(year);
        return startArea(actor.agencyId(), year, actor.username(), actor.displayName());
    }

    /**
     * On 1 January (China time, on the application's clock): the departments' reporting cycle, last year, for every
     * area (the year start leaves governments out).
     */
    @Scheduled(cron = "${nianbao.year-start.cron:0 30 0 * * *}", zone = "Asia/Shanghai")
    void onNewYear() {
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        if (!MonthDay.from(today).equals(MonthDay.of(1, 1))) {
            return;
        }
        for (long top : planner.topAgencies()) {
            YearStartResult result = startArea(top, cycle.current(AgencyKind.DEPARTMENT), SYSTEM, SYSTEM_NAME);
            log.info("year start {} for agency {}: {}", result.year(), top, result.summary());
        }
    }

    private YearStartResult startArea(long areaId, int year, String username, String displayName) {
        YearStartPlan plan = planner.plan(areaId, year);
        List<String> started = new ArrayList<>();
        List<String> notStarted = new ArrayList<>(plan.withoutHandler());
        for (Planned planned : plan.toCreate()) {
            if (startOne(planned, year, username, displayName)) {
                started.add(planned.agencyName());
            } else {
                notStarted.add(planned.agencyName());
            }
        }
        return new YearStartResult(year, started, plan.alreadyStarted(), notStarted);
    }

    private boolean startOne(Planned planned, int year, String username, String displayName) {
        try {
            transactions.executeWithoutResult(status -> {
                long reportId = starts.startFor(
                        planned.agencyId(),
                        year,
                        planned.handler(),
                        username,
                        displayName,
                        "年度开始：由" + displayName + "统一创建，起草任务交给经办人员"
                                + planned.handler().displayName());
                events.publishEvent(
                        new YearStartAssigned(reportId, year, planned.handler().username(), displayName));
            });
            return true;
        } catch (RuntimeException e) {
            log.warn("year start {} for agency {} failed; the next start tries again", year, planned.agencyId(), e);
            return false;
        }
    }
}
