package cn.nianbao.report.ui;

import cn.nianbao.base.ui.Feedback;
import cn.nianbao.base.ui.TextLimits;
import cn.nianbao.report.DraftPart;
import cn.nianbao.report.ReportInputException;
import cn.nianbao.report.format.Finding;
import cn.nianbao.report.format.FullCheck;
import cn.nianbao.report.format.ReportChecker;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.ReportTables;
import cn.nianbao.report.format.Section;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The handler's editor: the six sections as text areas and the three tables laid out like the official tables, a
 * plain input in each value cell ({@link FigureTable}). Total cells are computed as the handler types, and every
 * cross-check finding is listed above the tables and marked on its cells at once, not only on save.
 */
public class ReportEditor extends Div {

    private final Map<Section, TextArea> texts = new EnumMap<>(Section.class);
    private final Map<String, FigureCell> cells = new LinkedHashMap<>();
    private final List<FigureTable> tables = new ArrayList<>();
    private final StoredParts stored = new StoredParts(texts, cells, this::resend);
    private final TypedDraft typedDraft = new TypedDraft(texts, cells, this::retyped);
    private final FindingsBox findingsBox = new FindingsBox();
    private final FullCheck checker = new FullCheck(true, EditorLexicon.current());
    private final Optional<ReportContent> lastYear;
    private List<Finding> findings = List.of();
    private boolean changed;
    private Runnable onChange = () -> {};

    /** {@code lastYear}: the agency's report of the year before, for the cross-year rules, when the system has it. */
    public ReportEditor(ReportContent content, Optional<ReportContent> lastYear) {
        this.lastYear = lastYear;
        addClassName("report-editor");
        add(findingsBox);
        for (Section section : Section.values()) {
            add(new H3(section.heading()), stored.note(DraftPart.ofText(section)));
            add(textArea(section, content.text(section)));
            switch (section) {
                case S2 -> add(stored.note(DraftPart.T2), table("t2", OfficialTables::t2, OfficialTables.t2Rows()));
                case S3 -> add(stored.note(DraftPart.T3), table("t3", OfficialTables::t3, OfficialTables.t3Rows()));
                case S4 -> add(stored.note(DraftPart.T4), table("t4", OfficialTables::t4, OfficialTables.t4Rows()));
                default -> {}
            }
        }
        cells.values().forEach(cell -> cell.show(content.tables().printed(cell.cellId())));
        refresh();
        tables.forEach(FigureTable::render);
        changed = false;
    }

    /** The cell as the handler sees it (its value, whether it is marked or invalid). */
    public FigureCell cell(String cellId) {
        FigureCell cell = cells.get(cellId);
        if (cell == null) {
            throw new IllegalArgumentException("no cell " + cellId);
        }
        return cell;
    }

    /**
     * The text and figures as typed. Refuses, with a message naming the section or cell, a section longer than can
     * be saved and input that is not a number the cell can hold; the fields keep what was typed so that nothing is
     * lost.
     */
    public ReportContent read() {
        texts.values().forEach(TextLimits::require);
        cells.values().stream().filter(FigureCell::isInvalid).findFirst().ifPresent(cell -> {
            throw new ReportInputException(ReportChecker.cellName(cell.cellId()) + "：" + cell.getErrorMessage() + "。");
        });
        return new ReportContent(sectionTexts(), tablesAsTyped().withComputedTotals());
    }

    private Map<Section, String> sectionTexts() {
        Map<Section, String> sections = new EnumMap<>(Section.class);
        texts.forEach((section, area) -> sections.put(section, area.getValue()));
        return sections;
    }

    /**
     * Whether every section fits and every cell holds a number it may hold, so that the report can be saved as it
     * stands; the autosave waits until it is.
     */
    public boolean isValid() {
        return texts.values().stream().allMatch(area -> TextLimits.problem(area).isEmpty())
                && cells.values().stream().noneMatch(FigureCell::isInvalid);
    }

    public List<Finding> findings() {
        return findings;
    }

    /** Whether anything was typed since the editor was filled or {@link #markSaved()} was called. */
    public boolean hasChanges() {
        return changed;
    }

    public void markSaved() {
        changed = false;
    }

    /** What the screen shows of the stored draft: colleagues' saves taken in, a part's last saver named. */
    public StoredParts stored() {
        return stored;
    }

    /**
     * A colleague drafting only some parts (分工起草): every other section and cell becomes read-only. The server
     * refuses changes outside the parts anyway; this only shows what may be edited.
     */
    public void editOnly(Set<DraftPart> parts) {
        texts.forEach((section, area) -> area.setReadOnly(parts.stream().noneMatch(p -> p.isText(section))));
        cells.values()
                .forEach(cell -> cell.setReadOnly(
                        cell.isComputed() || parts.stream().noneMatch(p -> p.holdsCell(cell.cellId()))));
        tables.forEach(FigureTable::render);
    }

    /** What the fields hold, to keep a copy in the browser and put it back ({@link LocalDraft}). */
    public TypedDraft typedDraft() {
        return typedDraft;
    }

    /** Called whenever the person types something. */
    public void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }

    private void typed() {
        changed = true;
        onChange.run();
    }

    private TextArea textArea(Section section, String text) {
        TextArea area = SectionArea.of(section, text, this::retyped);
        texts.put(section, area);
        return area;
    }

    /** {@code rows}: the table's value cells row by row, onto which pasted figures are laid. */
    private FigureTable table(
            String tableId, Function<Function<String, String>, String> layout, List<List<String>> rows) {
        FigureTable table = new FigureTable(
                tableId,
                layout,
                cells,
                (cell, text) -> typedFigure(cell, text, rows),
                (cell, text) -> pastedFigures(cell, text, rows));
        tables.add(table);
        return table;
    }

    /** Takes a figure as typed; a valid entry is shown normalised (１２ becomes 12), an invalid one kept and marked. */
    private void typedFigure(FigureCell cell, String text, List<List<String>> rows) {
        if (text.equals(cell.getValue())) {
            return;
        }
        cells.values().forEach(FigureCell::clearNotice);
        if (PastedFigures.isRow(text)) {
            // a row dropped into the cell, or pasted where the browser did not let the table take it: laid onto
            // the table like a paste, and the input shows the cell's value again instead of the row
            cell.resend();
            lay(cell, text, rows);
            return;
        }
        cell.show(text);
        if (cell.input().isValid() && !cell.input().normalized().equals(text)) {
            cell.show(cell.input().normalized());
        }
        typed(); // after the cell holds it: whoever is told reads what was typed
        refresh();
        tables.forEach(table -> table.sendChanges(cell, text));
    }

    /** Several figures pasted into one cell: they fill the table from there, or nothing changes and it says why. */
    private void pastedFigures(FigureCell cell, String text, List<List<String>> rows) {
        cells.values().forEach(FigureCell::clearNotice);
        lay(cell, text, rows);
    }

    private void lay(FigureCell cell, String text, List<List<String>> rows) {
        PastedFigures.Outcome outcome = PastedFigures.place(
                text,
                cell.cellId(),
                rows,
                cellId -> !cells.get(cellId).isReadOnly(),
                tablesAsTyped().values());
        if (outcome.isRefused()) {
            cell.notice(outcome.refusal());
            Feedback.error(outcome.refusal());
        } else if (!outcome.values().isEmpty()) {
            outcome.values().forEach((cellId, value) -> cells.get(cellId).show(value));
            typed();
        }
        resend();
    }

    private void retyped() {
        typed();
        resend();
    }

    /** The findings and totals anew, on the screen and in the tables' inputs. */
    private void resend() {
        refresh();
        tables.forEach(table -> table.sendChanges(null, null));
    }

    /** Recomputes the totals and marks what breaks a rule; a cell with invalid input counts as 0 until corrected. */
    private void refresh() {
        ReportTables totals = tablesAsTyped().withComputedTotals();
        findings = checker.check(new ReportContent(sectionTexts(), totals), lastYear);
        Map<String, Finding> marking = findingsBox.show(findings);
        for (FigureCell cell : cells.values()) {
            if (cell.isComputed()) {
                cell.show(totals.printed(cell.cellId()));
            }
            Finding finding = marking.get(cell.cellId());
            if (finding == null) {
                cell.mark(null, null);
            } else {
                cell.mark(finding.isError() ? "cell-error" : "cell-warning", finding.message());
            }
        }
    }

    private ReportTables tablesAsTyped() {
        Map<String, BigDecimal> values = new HashMap<>();
        cells.values()
                .forEach(cell -> values.put(
                        cell.cellId(),
                        cell.isInvalid() ? BigDecimal.ZERO : cell.input().value()));
        return new ReportTables(values);
    }
}
