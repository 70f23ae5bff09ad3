package cn.nianbao.report.format.reading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A saved HTML page as the lines of the plain-text form: paragraphs and headings become lines, and each data table
 * becomes one line per {@code <tr>} whose cells are laid out on the grid as a browser would, a merged cell
 * ({@code rowspan}, {@code colspan}) leaving empty cells where it reaches. A table that holds other tables is page
 * layout, read through like a {@code <div>}. Spans are capped at what an official table can have and every grid is
 * counted against the file's {@link ReadingBudget}, so a table of huge merged cells is refused instead of laid out.
 */
final class HtmlLines {

    private static final Set<String> SKIPPED =
            Set.of("script", "style", "noscript", "template", "head", "select", "button", "iframe", "svg", "nav");
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "ul",
            "ol",
            "section",
            "article",
            "header",
            "footer",
            "main",
            "aside",
            "blockquote",
            "pre",
            "dl",
            "dt",
            "dd",
            "form",
            "figure",
            "figcaption",
            "center",
            "hr",
            "address",
            "tr",
            "td",
            "th",
            "tbody",
            "thead",
            "tfoot",
            "table",
            "caption");

    private final ReadingBudget budget;
    private final List<List<String>> lines = new ArrayList<>();
    private StringBuilder current = new StringBuilder();

    private HtmlLines(ReadingBudget budget) {
        this.budget = budget;
    }

    static List<List<String>> of(Document document, ReadingBudget budget) throws UnreadableReportException {
        HtmlLines reader = new HtmlLines(budget);
        reader.walk(document.body());
        reader.flush();
        return reader.lines;
    }

    private void walk(Element element) throws UnreadableReportException {
        for (Node node : element.childNodes()) {
            budget.inTime();
            if (node instanceof TextNode text) {
                current.append(text.getWholeText());
            } else if (node instanceof Element child) {
                String tag = child.normalName();
                if (SKIPPED.contains(tag)) {
                    continue;
                }
                if (tag.equals("br")) {
                    flush();
                } else if (tag.equals("table") && child.select("table table").isEmpty()) {
                    flush();
                    grid(child);
                } else if (BLOCKS.contains(tag)) {
                    flush();
                    walk(child);
                    flush();
                } else {
                    walk(child);
                }
            }
        }
    }

    private void flush() throws UnreadableReportException {
        String text = current.toString().replaceAll("[\\s\\u00a0\\u3000]+", " ").strip();
        if (!text.isEmpty()) {
            add(List.of(text));
        }
        current = new StringBuilder();
    }

    private void add(List<String> line) throws UnreadableReportException {
        budget.line(line.size());
        lines.add(line);
    }

    /** The table's rows on a grid: each cell takes the next free column, merged cells leave empty ones. */
    private void grid(Element table) throws UnreadableReportException {
        Map<Long, String> placed = new HashMap<>();
        List<Element> rows = table.select("tr");
        int[] widths = new int[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            budget.inTime();
            int c = 0;
            for (Element cell : rows.get(r).children()) {
                if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                    continue;
                }
                while (placed.containsKey(key(r, c))) {
                    c++;
                }
                int rowspan = Math.min(span(cell.attr("rowspan"), ReadingBudget.MAX_ROWSPAN), rows.size() - r);
                int colspan = span(cell.attr("colspan"), ReadingBudget.MAX_COLSPAN);
                budget.tableCells(placed.size() + rowspan * colspan);
                for (int dr = 0; dr < rowspan; dr++) {
                    for (int dc = 0; dc < colspan; dc++) {
                        placed.put(key(r + dr, c + dc), dr == 0 && dc == 0 ? cell.text() : "");
                        widths[r + dr] = Math.max(widths[r + dr], c + dc + 1);
                    }
                }
                c += colspan;
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < widths[r]; c++) {
                cells.add(placed.getOrDefault(key(r, c), ""));
            }
            if (cells.stream().anyMatch(s -> !s.isBlank())) {
                add(cells);
            }
        }
    }

    private static long key(int row, int column) {
        return ((long) row << 32) | column;
    }

    private static int span(String attribute, int most) {
        try {
            return Math.clamp(Integer.parseInt(attribute.strip()), 1, most);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
