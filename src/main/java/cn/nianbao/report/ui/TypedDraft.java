package cn.nianbao.report.ui;

import cn.nianbao.report.format.Section;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the editor's fields hold, as plain strings (the sections by their name S1…S6, the figures by cell id), so that a
 * copy can be kept outside the server ({@link LocalDraft}) and put back as if typed.
 */
public final class TypedDraft {

    private static final Map<String, Section> SECTIONS =
            Arrays.stream(Section.values()).collect(Collectors.toMap(Section::name, Function.identity()));

    private final Map<Section, TextArea> texts;
    private final Map<String, FigureCell> cells;
    private final Runnable restored;

    TypedDraft(Map<Section, TextArea> texts, Map<String, FigureCell> cells, Runnable restored) {
        this.texts = texts;
        this.cells = cells;
        this.restored = restored;
    }

    /** Every section's text and every figure that is typed, not computed. */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        texts.forEach((section, area) -> values.put(section.name(), area.getValue()));
        cells.values().stream()
                .filter(cell -> !cell.isComputed())
                .forEach(cell -> values.put(cell.cellId(), cell.getValue()));
        return values;
    }

    /** The keys of {@code kept} whose value differs from what an editable field holds now; others are ignored. */
    public List<String> differing(Map<String, String> kept) {
        Map<String, String> now = values();
        return kept.entrySet().stream()
                .filter(e -> now.containsKey(e.getKey()) && editable(e.getKey()))
                .filter(e -> !now.get(e.getKey()).equals(e.getValue()))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Puts {@code kept} into the editable fields as if the person had typed it there. */
    public void restore(Map<String, String> kept) {
        for (String key : differing(kept)) {
            Section section = SECTIONS.get(key);
            if (section != null) {
                texts.get(section).setValue(kept.get(key));
            } else {
                cells.get(key).show(kept.get(key));
            }
        }
        restored.run();
    }

    private boolean editable(String key) {
        Section section = SECTIONS.get(key);
        return section != null
                ? !texts.get(section).isReadOnly()
                : !cells.get(key).isReadOnly();
    }
}
