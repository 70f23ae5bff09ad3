package cn.nianbao.coordination;

import cn.nianbao.agency.AgencyDirectory;
import cn.nianbao.agency.AgencyKind;
import cn.nianbao.agency.AgencySummary;
import cn.nianbao.agency.Person;
import cn.nianbao.agency.Role;
import cn.nianbao.base.ChinaTime;
import cn.nianbao.report.ReportEditions;
import cn.nianbao.security.Actor;
import cn.nianbao.security.CurrentActor;
import cn.nianbao.workflow.ReportStarts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 年度开始: every agency of an area that has no report on the year yet gets its new report, prefilled from last
 * year's where the format allows, with its draft task assigned to the agency's first handler (by user name). The
 * draft task of the chain is a personal task (the drafter, whom returns go back to and who may not review their own
 * report), so it goes to one person; another handler takes it over with 转办. Governments are left out: their report
 * sums the area's published reports and is started by their own handler once the departments have published.
 * Pressing twice, or the job after the button, creates nothing more. Each agency in a transaction of its own.
 */
@Service
@EnableConfigurationProperties(YearStartSettings.class)
public class YearStart {

    static final String SYSTEM = "system";
    static final String SYSTEM_NAME = "系统（年度开始）";
    private static final Logger log = LoggerFactory.getLogger(YearStart.class);

    private final AgencyDirectory agencies;
    private final ReportEditions reports;
    private final ReportStarts starts;
    private final CurrentActor currentActor;
    private final TransactionTemplate transactions;
    private final Clock clock;

    YearStart(
            AgencyDirectory agencies,
            ReportEditions reports,
            ReportStarts starts,
            CurrentActor currentActor,
            TransactionTemplate transactions,
            Clock clock) {
        this.agencies = agencies;
        this.reports = reports;
        this.starts = starts;
        this.currentActor = currentActor;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The coordinator's 「开始 year 年度报告」: for every agency below theirs. */
    public YearStartResult start(int year) {
        Actor actor = currentActor.require(Role.COORDINATOR, "只有主管部门协调员可以开始年度报告。");
        reports.checkYear(year);
        return startArea(actor.agencyId(), year, actor.username(), actor.displayName());
    }

    /** On 1 January (China time, on the application's clock): last year's reports for every area. */
    @Scheduled(cron = "${nianbao.year-start.cron:0 30 0 * * *}", zone = "Asia/Shanghai")
    void onNewYear() {
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        if (!MonthDay.from(today).equals(MonthDay.of(1, 1))) {
            return;
        }
        for (long top : agencies.topAgencies()) {
            YearStartResult result = startArea(top, today.getYear() - 1, SYSTEM, SYSTEM_NAME);
            log.info("year start {} for agency {}: {}", result.year(), top, result.summary());
        }
    }

    private YearStartResult startArea(long areaId, int year, String username, String displayName) {
        List<AgencySummary> area = agencies.summariesOf(agencies.subtreeOf(areaId)).stream()
                .filter(a -> a.kind() != AgencyKind.GOVERNMENT)
                .sorted(Comparator.comparing(AgencySummary::name))
                .toList();
        List<String> started = new ArrayList<>();
        List<String> notStarted = new ArrayList<>();
        int already = 0;
        for (AgencySummary agency : area) {
            if (reports.exists(agency.id(), year)) {
                already++;
                continue;
            }
            Optional<Person> handler = agencies.people(agency.id()).stream()
                    .filter(p -> p.roles().contains(Role.HANDLER))
                    .findFirst();
            if (handler.isEmpty() || !startOne(agency, year, handler.get(), username, displayName)) {
                notStarted.add(agency.name());
            } else {
                started.add(agency.name());
            }
        }
        return new YearStartResult(year, started, already, notStarted);
    }

    private boolean startOne(AgencySummary agency, int year, Person handler, String username, String displayName) {
        try {
            transactions.executeWithoutResult(status -> starts.startFor(
                    agency.id(),
                    year,
                    handler,
                    username,
                    displayName,
                    "年度开始：由" + displayName + "统一创建，起草任务交给经办人员" + handler.displayName()));
            return true;
        } catch (RuntimeException e) {
            log.warn("year start {} for agency {} failed; the next start tries again", year, agency.id(), e);
            return false;
        }
    }
}
