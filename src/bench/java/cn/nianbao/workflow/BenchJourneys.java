package cn.nianbao.workflow;

import cn.nianbao.agency.TestAgencies.TestAgency;

/** Journey steps the benchmarks outside this package need. */
public final class BenchJourneys {

    private BenchJourneys() {}

    /** Starts the agency's report for {@link BenchReports#YEAR}; returns the id of the handler's draft task. */
    public static String draftTaskId(ReportJourney journey, TestAgency agency) {
        long reportId = journey.start(agency, BenchReports.YEAR);
        return journey.taskOf(agency.handler(), reportId).taskId();
    }
}
