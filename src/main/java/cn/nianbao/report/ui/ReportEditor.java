package cn.nianbao.report.ui;

import cn.nianbao.report.ReportInputException;
import cn.nianbao.report.DraftPart;
import cn.nianbao.report.ReportService;
import cn.nianbao.report.format.CellInput;
import cn.nianbao.report.format.CellKind;
import cn.nianbao.report.format.Cells;
import cn.nianbao.report.format.Finding;
import cn.nianbao.report.format.FullCheck;
import cn.nianbao.report.format.ReportChecker;
import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.ReportTables;
import cn.nianbao.report.format.Section;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The handler's editor: the six sections as text areas and the three tables as number fields laid out like the
 * official tables. Total cells are computed as the handler types, and every cross-check finding is listed above
 * the tables and marked on its cells at once, not only on save.
 */
public class ReportEditor extends Div {

    private final Map<Section, TextArea> texts = new EnumMap<>(Section.class);
    private final Map<String, TextField> inputs = new LinkedHashMap<>();
    private final Map<String, CellInput> typed = new HashMap<>();
    private final UnorderedList findingList = new UnorderedList();
    private final FullCheck checker = new FullCheck();
    private final Optional<ReportContent> lastYear;
    private List<Finding> findings = List.of();
    private boolean changed;
    private Runnable onChange = () -> { };

    /** {@code lastYear}: the agency's report of the year before, for the cross-year rules, when the system has it. */
    public ReportEditor(ReportContent content, Optional<ReportContent> lastYear) {
        this.lastYear = lastYear;
        addClassName("report-editor");
        Div findingsBox = new Div(findingList);
        findingsBox.addClassName("findings");
        findingsBox.setId("findings");
        add(findingsBox);
        for (Section section : Section.values()) {
            add(new H3(section.heading()));
            add(textArea(section, content.text(section)));
            switch (section) {
                case S2 -> add(OfficialTables.scrolling(OfficialTables.t2(this::field)));
                case S3 -> add(OfficialTables.scrolling(OfficialTables.t3(this::field)));
                case S4 -> add(OfficialTables.scrolling(OfficialTables.t4(this::field)));
                default -> { }
            }
        }
        inputs.forEach((cellId, field) -> {
            String printed = content.tables().printed(cellId);
            field.setValue(printed);
            typed.put(cellId, CellInput.parse(cellId, printed));
        });
        refresh();
        changed = false;
    }

    /**
     * The text and figures as typed. Refuses, with a message naming the cell, input that is not a number the
     * cell can hold; the fields keep what was typed so that nothing is lost.
     */
    public ReportContent read() {
        typed.forEach((cellId, input) -> {
            if (!input.isValid()) {
                throw new ReportInputException(ReportChecker.cellName(cellId) + "：" + input.error() + "。");
            }
        });
        return new ReportContent(sectionTexts(), tablesAsTyped().withComputedTotals());
    }

    private Map<Section, String> sectionTexts() {
        Map<Section, String> sections = new EnumMap<>(Section.class);
        texts.forEach((section, area) -> sections.put(section, area.getValue()));
        return sections;
    }

    /** Whether every cell holds a number it may hold, so that the report can be saved as it stands. */
    public boolean isValid() {
        return typed.values().stream().allMatch(CellInput::isValid);
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

    /** Called whenever the person types something. */
    /**
     * A colleague drafting only some parts (分工起草): every other section and cell becomes read-only. The server
     * refuses changes outside the parts anyway; this only shows what may be edited.
     */
    public void editOnly(Set<DraftPart> parts) {
        texts.forEach((section, area) -> area.setReadOnly(parts.stream().noneMatch(p -> p.isText(section))));
        inputs.forEach((cellId, field) -> field.setReadOnly(Cells.isComputed(cellId)
                || parts.stream().noneMatch(p -> p.holdsCell(cellId))));
    }

    public void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }

    private void typed() {
        changed = true;
        onChange.run();
    }

    private TextArea textArea(Section section, String text) {
        TextArea area = new TextArea();
        area.setWidthFull();
        area.setMaxLength(ReportService.MAX_SECTION_LENGTH);
        area.setValue(text);
        area.setId("section-" + section.name());
        boolean tableSection = section == Section.S2 || section == Section.S3 || section == Section.S4;
        area.setPlaceholder(tableSection ? "表格前的说明文字（可选）" : "请填写「" + section.heading() + "」正文，段落之间换行");
        area.setMinHeight(tableSection ? "4em" : "10em");
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                typed();
                refresh();
            }
        });
        texts.put(section, area);
        return area;
    }

    private Component field(String cellId) {
        TextField field = new TextField();
        field.setId("cell-" + cellId.replace('.', '-'));
        field.addClassName("cell-input");
        field.getElement().setAttribute("aria-label", ReportChecker.cellName(cellId));
        field.getElement().setAttribute("inputmode", Cells.kindOf(cellId) == CellKind.COUNT ? "numeric" : "decimal");
        if (Cells.isComputed(cellId)) {
            field.setReadOnly(true);
            field.addClassName("computed");
        } else {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    typed();
                    accept(cellId, field);
                    refresh();
                }
            });
        }
        inputs.put(cellId, field);
        return field;
    }

    /** Reads what was typed; a valid entry is shown normalised (１２ becomes 12), an invalid one is kept and marked. */
    private void accept(String cellId, TextField field) {
        CellInput input = CellInput.parse(cellId, field.getValue());
        typed.put(cellId, input);
        field.setInvalid(!input.isValid());
        field.setErrorMessage(input.error());
        if (input.isValid() && !input.normalized().equals(field.getValue())) {
            field.setValue(input.normalized());
        }
    }

    /** Recomputes the totals and marks what breaks a rule; a cell with invalid input counts as 0 until corrected. */
    private void refresh() {
        ReportTables tables = tablesAsTyped().withComputedTotals();
        inputs.forEach((cellId, field) -> {
            if (Cells.isComputed(cellId)) {
                field.setValue(tables.printed(cellId));
            }
            field.removeClassNames("cell-error", "cell-warning");
            field.getElement().removeAttribute("title");
        });
        findings = checker.check(new ReportContent(sectionTexts(), tables), lastYear);
        findingList.removeAll();
        for (Finding finding : findings) {
            ListItem item = new ListItem(finding.severity().label() + "：" + finding.message());
            item.getElement().setAttribute("data-rule", finding.rule());
            findingList.add(item);
            item.addClassName(finding.isError() ? "error" : "warning");
            finding.cells().stream().map(inputs::get).filter(f -> f != null).forEach(f -> {
                f.addClassName(finding.isError() ? "cell-error" : "cell-warning");
                f.getElement().setAttribute("title", finding.message());
            });
        }
        // a CSS class, not setVisible: Vaadin does not send an invisible component's children to the browser
        findingList.getParent().ifPresent(box -> box.getElement().getClassList().set("empty", findings.isEmpty()));
    }

    private ReportTables tablesAsTyped() {
        Map<String, BigDecimal> values = new HashMap<>();
        typed.forEach((cellId, input) -> values.put(cellId, input.isValid() ? input.value() : BigDecimal.ZERO));
        return new ReportTables(values);
    }
}
