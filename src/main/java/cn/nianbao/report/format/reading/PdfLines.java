package cn.nianbao.report.format.reading;

import cn.nianbao.report.format.reading.PdfGlyphs.Glyph;
import cn.nianbao.report.format.reading.PdfGlyphs.VisualLine;
import cn.nianbao.report.format.reading.PdfTable.Place;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * A PDF (read with PDFBox) as the lines of the plain-text form, as {@link DocxLines} reads a Word file: from its text
 * layer, page by page. A table is rebuilt from its ruling lines ({@link PdfTable}): one line per row of its grid, each
 * cell's glyphs (over however many wrapped lines) one cell's text, a merged cell leaving empty cells where it reaches;
 * the header rows a table repeats at the top of the next page are read once. Outside tables, visual lines are joined
 * into paragraphs ({@link PdfParagraphs}); page numbers in the margins are left out. A PDF without a text layer (a
 * scan) is refused, never guessed at; so are an encrypted or broken one. The document is read with a capped amount of
 * memory (beyond it, a temporary file) and every page against the {@link ReadingBudget}.
 */
final class PdfLines {

    static final String SCANNED =
            "这个 PDF 没有文字层（可能是扫描件或图片），无法读取其中的文字；" + "请上传报告的 Word（.docx）文件，或先做文字识别（OCR）后另存为 Word 或文本文件。";
    static final String ENCRYPTED = "PDF 设有打开密码（已加密），无法读取；请取消密码后另存，再上传。";
    static final String CORRUPT = "文件已损坏或不是 PDF 文件，无法读取。";

    static final int MAX_PAGES = 500;
    static final int MAX_SEGMENTS_PER_PAGE = 20_000;

    /** How many rows a table's header may have (table 三 has three, table 四 three). */
    private static final int HEAD_ROWS = 4;

    /** Memory PDFBox may use for the document's streams; beyond it they go to a temporary file. */
    private static final long MAX_MEMORY = 32L * 1024 * 1024;

    private static final Pattern PAGE_NUMBER =
            Pattern.compile("^[-—–\\s]*(第\\s*\\d+\\s*页(\\s*[/，,]?\\s*共\\s*\\d+\\s*页)?|\\d+(\\s*/\\s*\\d+)?)[-—–\\s]*$");

    private final ReadingBudget budget;
    private final PdfParagraphs paragraphs;
    /** The header cells of the last table begun: its first rows' texts without figures, spaces removed. */
    private List<String> lastTableHead = List.of();

    private boolean tableEndedPage;

    private PdfLines(ReadingBudget budget) {
        this.budget = budget;
        this.paragraphs = new PdfParagraphs(budget);
    }

    static List<List<String>> of(byte[] bytes, ReadingBudget budget) throws UnreadableReportException {
        PdfLines reader = new PdfLines(budget);
        try (PDDocument document =
                Loader.loadPDF(bytes, "", null, null, MemoryUsageSetting.setupMixed(MAX_MEMORY).streamCache)) {
            if (document.getNumberOfPages() > MAX_PAGES) {
                throw new UnreadableReportException(ReadingBudget.TOO_COMPLEX + "超过 " + MAX_PAGES + " 页。");
            }
            PdfGlyphs glyphs = new PdfGlyphs(budget);
            int read = 0;
            for (int number = 1; number <= document.getNumberOfPages(); number++) {
                budget.inTime();
                List<Glyph> page = glyphs.page(document, number);
                read += page.size();
                reader.page(document.getPage(number - 1), page);
            }
            if (read == 0) {
                throw new UnreadableReportException(SCANNED);
            }
        } catch (UnreadableReportException refused) {
            throw refused;
        } catch (InvalidPasswordException e) {
            throw new UnreadableReportException(ENCRYPTED);
        } catch (IllegalStateException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(ReadingBudget.TOO_COMPLEX)) {
                throw new UnreadableReportException(e.getMessage());
            }
            throw new UnreadableReportException(CORRUPT);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableReportException(CORRUPT);
        }
        return reader.paragraphs.lines();
    }

    private void page(PDPage page, List<Glyph> glyphs) throws IOException {
        if (glyphs.isEmpty()) {
            return;
        }
        PdfRules rules = PdfRules.of(page, budget);
        if (rules.segments().size() > MAX_SEGMENTS_PER_PAGE) {
            throw new UnreadableReportException(
                    ReadingBudget.TOO_COMPLEX + "一页 PDF 的线条超过 " + MAX_SEGMENTS_PER_PAGE + " 条。");
        }
        List<PdfTable> tables = PdfTable.of(rules.segments(), budget);
        Map<PdfTable, Map<Place, List<Glyph>>> inCells = new HashMap<>();
        List<Glyph> free = new ArrayList<>();
        for (Glyph g : glyphs) {
            Place place = null;
            PdfTable table = null;
            for (PdfTable t : tables) {
                if (t.contains(g.centerX(), g.centerY())) {
                    table = t;
                    place = t.placeOf(g.centerX(), g.centerY());
                    break;
                }
            }
            if (place == null) {
                free.add(g);
            } else {
                inCells.computeIfAbsent(table, t -> new HashMap<>())
                        .computeIfAbsent(place, p -> new ArrayList<>())
                        .add(g);
            }
        }
        float height = page.getCropBox().getHeight();
        List<Item> items = new ArrayList<>();
        for (VisualLine line : PdfGlyphs.lines(free)) {
            boolean margin = line.y() < height * 0.08f || line.y() > height * 0.92f;
            if (!(margin && PAGE_NUMBER.matcher(line.text()).matches())) {
                items.add(new Item(line.y(), line, null, null));
            }
        }
        inCells.forEach((table, cells) -> items.add(new Item(table.top(0), null, table, cells)));
        items.sort(Comparator.comparingDouble(Item::y));
        paragraphs.newPage(
                items.stream().filter(i -> i.line() != null).map(Item::line).toList());
        float repeatedUntil = -1;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item.line() == null) {
                repeatedUntil = table(item.table(), item.cells(), i == 0 && tableEndedPage);
            } else if (!(item.y() < repeatedUntil && inHead(item.line().text()))) {
                paragraphs.line(item.line());
            }
        }
        double lastText = items.stream()
                .filter(i -> i.line() != null)
                .mapToDouble(Item::y)
                .max()
                .orElse(-1);
        tableEndedPage = tables.stream().anyMatch(t -> inCells.containsKey(t) && t.bottom() > lastText);
    }

    /**
     * The table's rows on its grid. A table at the top of a page that continues the one the last page ended with
     * starts with the header rows that one began with, some cells of which the PDF may draw without their borders:
     * they are left out, rows and loose text alike, up to the first row that is not the header's. Returns the y of
     * that row where the table repeated a header, else -1.
     */
    private float table(PdfTable table, Map<Place, List<Glyph>> cells, boolean continuing)
            throws UnreadableReportException {
        budget.tableCells(table.rows() * table.columns());
        List<List<String>> rows = new ArrayList<>();
        List<Float> tops = new ArrayList<>();
        for (int r = 0; r < table.rows(); r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < table.columns(); c++) {
                List<Glyph> glyphs = cells.get(new Place(r, c));
                row.add(
                        glyphs == null
                                ? ""
                                : PdfGlyphs.join(PdfGlyphs.lines(glyphs).stream()
                                                .map(VisualLine::text)
                                                .toList())
                                        .strip());
            }
            if (row.stream().anyMatch(s -> !s.isBlank())) {
                rows.add(row);
                tops.add(table.top(r));
            }
        }
        int repeated = 0;
        if (continuing) {
            while (repeated < rows.size() - 1 && rows.get(repeated).stream().allMatch(c -> c.isEmpty() || inHead(c))) {
                repeated++;
            }
        }
        if (repeated == 0) {
            lastTableHead = rows.subList(0, Math.min(rows.size(), HEAD_ROWS)).stream()
                    .flatMap(List::stream)
                    .filter(c -> !c.isEmpty() && c.chars().noneMatch(Character::isDigit))
                    .map(PdfLines::squeezed)
                    .toList();
        }
        paragraphs.rows(rows.subList(repeated, rows.size()));
        return repeated == 0 ? -1 : tops.get(repeated);
    }

    /** Text that is a header cell of the last table, or part of one (each word of it). */
    private boolean inHead(String text) {
        String[] words = text.strip().split("\\s+");
        for (String word : words) {
            String w = squeezed(word);
            if (!w.isEmpty() && lastTableHead.stream().noneMatch(cell -> cell.contains(w))) {
                return false;
            }
        }
        return words.length > 0 && !text.isBlank();
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** A visual line outside tables, or a table, at its height on the page. */
    private record Item(float y, VisualLine line, PdfTable table, Map<Place, List<Glyph>> cells) {}
}
