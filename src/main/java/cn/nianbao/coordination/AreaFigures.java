package cn.nianbao.coordination;

import cn.nianbao.agency.Role;
import cn.nianbao.report.ReportEditions;
import cn.nianbao.report.format.ReportTables;
import cn.nianbao.report.format.T3Column;
import cn.nianbao.report.format.T3Row;
import cn.nianbao.security.Actor;
import cn.nianbao.security.CurrentActor;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the area's published reports add up to, for the coordinator's charts: the applications received by type of
 * applicant in a year, and the applications received year by year. Sums over the agencies below the coordinator's
 * government, as its own report starts with them.
 */
@Service
@Transactional(readOnly = true)
public class AreaFigures {

    static final int YEARS = 5;

    private final ReportEditions reports;
    private final CurrentActor currentActor;

    AreaFigures(ReportEditions reports, CurrentActor currentActor) {
        this.reports = reports;
        this.currentActor = currentActor;
    }

    /** 自然人, 商业企业 … 其他: the applications newly received in {@code year} across the area. */
    public Map<String, Long> receivedByApplicant(int year) {
        ReportTables area = areaTables(coordinator(), year);
        Map<String, Long> byType = new LinkedHashMap<>();
        Arrays.stream(T3Column.values())
                .filter(c -> c != T3Column.TOTAL)
                .forEach(column -> byType.put(column.label(), area.t3(T3Row.NEW, column)));
        return byType;
    }

    /** 「2021年度」 … 「2025年度」: the applications newly received across the area, the five years up to {@code year}. */
    public Map<String, Long> receivedByYear(int year) {
        Actor actor = coordinator();
        Map<String, Long> byYear = new LinkedHashMap<>();
        for (int y = year - YEARS + 1; y <= year; y++) {
            byYear.put(y + "年度", areaTables(actor, y).t3(T3Row.NEW, T3Column.TOTAL));
        }
        return byYear;
    }

    private ReportTables areaTables(Actor actor, int year) {
        return reports.areaTables(actor.agencyId(), year)
                .orElse(ReportTables.empty())
                .withComputedTotals();
    }

    private Actor coordinator() {
        return currentActor.require(Role.COORDINATOR, "只有主管部门协调员可以查看辖区统计。");
    }
}
