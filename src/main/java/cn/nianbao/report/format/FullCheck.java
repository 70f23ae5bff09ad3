package cn.nianbao.report.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Every rule of FORMAT.md §5 and docs/RULES.md on one report, with last year's report of the same agency when there is
 * one: SHAPE, NUMBERING (never on a drafted report: its headings are the official ones), LABEL and blank cells (DOMAIN
 * warnings) from the structure as found, the arithmetic of {@link ReportChecker}, TEXT-VS-TABLE, CONTRADICTION,
 * VAGUE (unless left out), PRIVACY, SECRET-MARK and LEXICON (with the 错敏词 list given, the seed list unless one is),
 * and the cross-year rules XY-CARRY, XY-VALID, XY-REPEALED and REPEAT. A cross-year rule on
 * the tables is left out when a cell it needs could not be read in either report: SHAPE has already said so.
 */
public final class FullCheck {

    private final ReportChecker arithmetic = new ReportChecker();
    private final ShapeRule shape = new ShapeRule();
    private final NumberingRule numbering = new NumberingRule();
    private final LabelRule labels = new LabelRule();
    private final BlankCellRule blanks = new BlankCellRule();
    private final TextVsTableRule text = new TextVsTableRule();
    private final ContradictionRule contradictions = new ContradictionRule();
    private final CrossYearRule crossYear = new CrossYearRule();
    private final RepeatRule repeat = new RepeatRule();
    private final VagueRule vagueRule = new VagueRule();
    private final boolean vague;
    private final ConfidentialityRules confidentiality;

    /** Every rule, VAGUE included: for the drafter, who can still say what the problems and measures are. */
    public FullCheck() {
        this(true);
    }

    /**
     * {@code vague}: whether VAGUE is applied; the checker of published reports ({@code check}, 格式校验) leaves it
     * out unless asked, as a judgement on the wording rather than the format.
     */
    public FullCheck(boolean vague) {
        this(vague, Lexicon.seed());
    }

    /** {@code lexicon}: the 错敏词 list LEXICON checks against (the one the 安全管理员 keeps, in the application). */
    public FullCheck(boolean vague, Lexicon lexicon) {
        this.vague = vague;
        this.confidentiality = new ConfidentialityRules(lexicon);
    }

    /** A report drafted in this system, and last year's if the system has it. */
    public List<Finding> check(ReportContent thisYear, Optional<ReportContent> lastYear) {
        return check(
                CheckSubject.drafted(thisYear, OptionalInt.empty()),
                lastYear.map(last -> CheckSubject.drafted(last, OptionalInt.empty())));
    }

    public List<Finding> check(CheckSubject thisYear, Optional<CheckSubject> lastYear) {
        List<Finding> findings = new ArrayList<>();
        findings.addAll(shape.check(thisYear.structure()));
        findings.addAll(numbering.check(thisYear.structure()));
        findings.addAll(labels.check(thisYear.structure()));
        findings.addAll(blanks.check(thisYear.structure()));
        findings.addAll(arithmetic.check(thisYear.content().tables()));
        findings.addAll(text.check(thisYear.content(), thisYear.year()));
        findings.addAll(confidentiality.check(thisYear.content()));
        findings.addAll(contradictions.check(thisYear.content(), thisYear.year()));
        if (vague) {
            findings.addAll(vagueRule.check(thisYear.content()));
        }
        lastYear.ifPresent(last -> crossYear
                .check(thisYear.content().tables(), last.content().tables())
                .stream()
                .filter(f -> readInBoth(
                        f, thisYear.structure().cellsRead(), last.structure().cellsRead()))
                .forEach(findings::add));
        lastYear.ifPresent(last -> findings.addAll(repeat.check(thisYear.content(), last.content())));
        return findings;
    }

    private static boolean readInBoth(Finding finding, Set<String> readThisYear, Set<String> readLastYear) {
        return readThisYear.containsAll(finding.cells())
                && finding.cells().stream().map(FullCheck::lastYearCell).allMatch(readLastYear::contains);
    }

    /** The cell of last year's report a cross-year rule compares this cell with. */
    private static String lastYearCell(String cellId) {
        String carriedIn = "t3." + T3Row.CARRY_IN.id() + ".";
        if (cellId.startsWith(carriedIn)) {
            return "t3." + T3Row.CARRY_OUT.id() + "." + cellId.substring(carriedIn.length());
        }
        return cellId.substring(0, cellId.lastIndexOf('.')) + ".valid";
    }
}
