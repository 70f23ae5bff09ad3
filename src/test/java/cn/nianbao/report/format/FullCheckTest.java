package cn.nianbao.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import cn.nianbao.report.format.ReportStructure.RowSeen;
import cn.nianbao.report.format.ReportStructure.Table;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The one entry point that runs every rule, with and without last year's report. */
class FullCheckTest {

    private final FullCheck fullCheck = new FullCheck();

    /** 3 requests received of natural persons, all answered but 1 carried over; the carried-in ones answered. */
    private static ReportContent content(String carryIn, String valid, String text) {
        ReportTables tables = new ReportTables(Map.of(
                        "t3.new.np",
                        new BigDecimal("3"),
                        "t3.carry_in.np",
                        new BigDecimal(carryIn),
                        "t3.r.open.np",
                        new BigDecimal(carryIn).add(new BigDecimal("2")),
                        "t3.carry_out.np",
                        BigDecimal.ONE,
                        "t2.normative.valid",
                        new BigDecimal(valid)))
                .withComputedTotals();
        return new ReportContent(Map.of(Section.S1, text), tables);
    }

    @Test
    void a_drafted_report_is_checked_by_the_arithmetic_rules_and_the_text_and_without_last_year_by_nothing_else() {
        ReportContent consistent = content("0", "5", "本年度共收到政府信息公开申请3件。");
        ReportContent contradicted = content("0", "5", "本年度共收到政府信息公开申请4件。");
        ReportContent broken = new ReportContent(Map.of(), new ReportTables(Map.of("t4.review.total", BigDecimal.ONE)));

        assertThat(fullCheck.check(consistent, Optional.empty())).isEmpty();
        assertThat(fullCheck.check(contradicted, Optional.empty()))
                .extracting(Finding::rule)
                .containsExactly("TEXT-VS-TABLE");
        assertThat(fullCheck.check(broken, Optional.empty()))
                .containsExactlyElementsOf(new ReportChecker().check(broken.tables()));
    }

    @Test
    void last_years_report_adds_the_cross_year_rules() {
        ReportContent lastYear = content("0", "5", "");
        ReportContent continues = content("1", "5", "");
        ReportContent breaks = content("0", "9", "");

        assertThat(fullCheck.check(continues, Optional.of(lastYear))).isEmpty();
        assertThat(fullCheck.check(breaks, Optional.of(lastYear)))
                .extracting(Finding::rule)
                .containsExactlyInAnyOrder("XY-CARRY", "XY-CARRY", "XY-VALID");
    }

    @Test
    void a_cross_year_rule_is_left_out_when_a_cell_it_needs_could_not_be_read_and_shape_says_so() {
        ReportStructure complete = ReportStructure.complete();
        List<RowSeen> withoutTable2 = complete.rows().stream()
                .filter(r -> ReportStructure.tableOf(r.cells().getFirst()) != Table.T2)
                .toList();
        ReportStructure noTable2 = new ReportStructure(
                complete.headings(),
                EnumSet.of(Table.T3, Table.T4),
                withoutTable2,
                complete.t3Columns(),
                complete.t3Groups(),
                List.of(),
                List.of(),
                Map.of());
        CheckSubject thisYear = new CheckSubject(content("0", "9", ""), OptionalInt.of(2024), noTable2);
        CheckSubject lastYear = CheckSubject.drafted(content("0", "5", ""), OptionalInt.of(2023));

        List<Finding> findings = fullCheck.check(thisYear, Optional.of(lastYear));

        assertThat(findings).extracting(Finding::rule).containsExactlyInAnyOrder("SHAPE", "XY-CARRY", "XY-CARRY");
        // and the other way round: last year's table 2 unread
        assertThat(fullCheck.check(
                        CheckSubject.drafted(content("0", "9", ""), OptionalInt.of(2024)),
                        Optional.of(new CheckSubject(content("0", "5", ""), OptionalInt.of(2023), noTable2))))
                .extracting(Finding::rule)
                .containsExactlyInAnyOrder("XY-CARRY", "XY-CARRY");
    }
}
