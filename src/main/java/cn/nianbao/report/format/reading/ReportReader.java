package cn.nianbao.report.format.reading;

import cn.nianbao.report.format.ReportContent;
import cn.nianbao.report.format.ReportStructure.Oddity;
import cn.nianbao.report.format.Section;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads a published report: the plain-text form (a line per paragraph, table cells separated by tabs, merged cells as
 * empty cells) or a saved HTML page. It never guesses silently: what it could not read, or read in a way the format
 * does not have, is in the {@link cn.nianbao.report.format.ReportStructure} for SHAPE and LABEL to report, and the
 * figures it could read are returned all the same. Whatever the input, it reads in bounded memory and time: a file
 * larger than {@link #MAX_BYTES}, more complex than any report ({@link ReadingBudget}) or not read within the time
 * limit is refused with an {@link UnreadableReportException} saying why, as are a binary file and an empty one. A
 * Word file is read by {@link DocxLines}, a PDF by {@link PdfLines}, into the same lines as the plain-text form.
 */
public final class ReportReader {

    /** The largest text or HTML file the checker reads, wherever it comes from (the command, POST /api/check, 格式校验). */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** The largest Word or PDF file: pictures and embedded fonts make them larger than the text they hold. */
    public static final int MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

    public static final String TOO_LARGE = "文件过大（最大 5 MB）。";
    public static final String DOCUMENT_TOO_LARGE = "文件过大（Word 和 PDF 文件最大 20 MB）。";
    public static final String EMPTY = "文件是空的，没有可以校验的文字。";
    /** The time one file may take to read; the table readers are linear, so a real report takes well under 1 s. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(20);

    private static final String NOT_TEXT = "这不是文本文件；检查器只读纯文本、网页（HTML）、Word（.docx）和 PDF。";
    private static final Pattern HTML_START =
            Pattern.compile("(?is)^\\s*(<!doctype\\s+html|<html|<\\?xml[^>]*>\\s*<html)");
    private static final Pattern HTML_TAGS = Pattern.compile("(?i)<(body|table|p|div)[\\s>]");

    private final Duration timeLimit;

    public ReportReader() {
        this(DEFAULT_TIME_LIMIT);
    }

    /** A reader that refuses a file it has not read within this time. */
    public ReportReader(Duration timeLimit) {
        this.timeLimit = timeLimit;
    }

    /**
     * Reads a file, telling plain text from HTML by its name or its first characters: UTF-8, GB18030, or UTF-16 with
     * a byte order mark.
     */
    public ReadReport read(Path file) throws IOException {
        if (Files.size(file) > MAX_DOCUMENT_BYTES) {
            throw new UnreadableReportException(DOCUMENT_TOO_LARGE);
        }
        return read(file.getFileName().toString(), Files.readAllBytes(file));
    }

    /**
     * Reads an uploaded file: its name and content, as {@link #read(Path)} reads one on disk. A Word file (.docx) is
     * read from its paragraphs and tables, a PDF from its text layer; an old .doc, an encrypted or broken file is
     * refused.
     */
    public ReadReport read(String fileName, byte[] bytes) throws IOException {
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            throw new UnreadableReportException(DOCUMENT_TOO_LARGE);
        }
        ReadingBudget budget = new ReadingBudget(timeLimit);
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.matches(".*\\.(docx|doc|docm|dotx)$")
                || startsWith(bytes, "PK\u0003\u0004")
                || OfficeFile.isOle2(bytes)) {
            return read(DocxLines.of(bytes, budget), Optional.empty(), budget);
        }
        if (name.endsWith(".pdf") || startsWith(bytes, "%PDF")) {
            return read(PdfLines.of(bytes, budget), Optional.empty(), budget);
        }
        if (bytes.length > MAX_BYTES) {
            throw new UnreadableReportException(TOO_LARGE);
        }
        boolean htmlName = name.matches(".*\\.(s?html?|xhtml)$");
        Optional<String> decoded = withByteOrderMark(bytes);
        if (decoded.isEmpty()) {
            refuseBinary(bytes);
            decoded = decode(bytes, StandardCharsets.UTF_8);
        }
        if (htmlName || decoded.map(ReportReader::looksLikeHtml).orElse(false)) {
            if (decoded.isPresent()) {
                return readHtml(decoded.get(), budget);
            }
            // neither UTF-8 nor marked: the page's own <meta charset>, else GB18030
            budget.tags(new String(bytes, StandardCharsets.ISO_8859_1));
            Document page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
            return read(page.text().indexOf('\uFFFD') < 0 ? page : Jsoup.parse(gb18030(bytes)), budget);
        }
        String text = decoded.orElseGet(() -> gb18030(bytes));
        return looksLikeHtml(text) ? readHtml(text, budget) : readText(text, budget);
    }

    /** The plain-text form: one line per paragraph or table row, cells separated by tabs. */
    public ReadReport readText(String text) throws UnreadableReportException {
        refuseLarge(text);
        return readText(text, new ReadingBudget(timeLimit));
    }

    /** A saved HTML page: headings and paragraphs as lines, tables as rows of cells on their grid. */
    public ReadReport readHtml(String html) throws UnreadableReportException {
        refuseLarge(html);
        return readHtml(html, new ReadingBudget(timeLimit));
    }

    /** A text larger than {@link #MAX_BYTES} as a UTF-8 file, as a pasted report is measured. */
    private static void refuseLarge(String text) throws UnreadableReportException {
        if (text.length() > MAX_BYTES || text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new UnreadableReportException(TOO_LARGE);
        }
    }

    private ReadReport readText(String text, ReadingBudget budget) throws UnreadableReportException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> rows = new ArrayList<>();
        for (String line : (Iterable<String>) body.lines()::iterator) {
            if (!line.isBlank()) {
                // counted before it is split, so that a line of a million tabs is refused, not split
                budget.line(1 + (int) line.chars().filter(c -> c == '\t').count());
                rows.add(Arrays.asList(line.split("\t", -1)));
            }
        }
        return read(rows, Optional.empty(), budget);
    }

    private ReadReport readHtml(String html, ReadingBudget budget) throws UnreadableReportException {
        budget.tags(html);
        return read(Jsoup.parse(html), budget);
    }

    private ReadReport read(Document page, ReadingBudget budget) throws UnreadableReportException {
        return read(HtmlLines.of(page, budget), Optional.of(page.title()).filter(t -> !t.isBlank()), budget);
    }

    private ReadReport read(List<List<String>> rows, Optional<String> pageTitle, ReadingBudget budget)
            throws UnreadableReportException {
        List<Line> lines = new ArrayList<>();
        for (List<String> cells : rows) {
            budget.inTime();
            Line line = new Line(lines.size(), cells);
            if (!line.nonEmpty().isEmpty()) {
                lines.add(line);
            }
        }
        if (lines.isEmpty()) {
            throw new UnreadableReportException(EMPTY);
        }
        Observations seen = new Observations();
        Set<Integer> consumed = new HashSet<>();
        consumed.addAll(new Table2Reader(seen, budget).read(lines));
        consumed.addAll(new Table3Reader(seen, budget).read(lines));
        consumed.addAll(new Table4Reader(seen, budget).read(lines));
        budget.inTime();

        Map<Section, StringBuilder> texts = new EnumMap<>(Section.class);
        List<String> frontMatter = new ArrayList<>();
        Section current = null;
        for (Line line : lines) {
            Optional<Section> heading = consumed.contains(line.index()) ? Optional.empty() : Headings.sectionOf(line);
            Optional<Section> misnumbered = consumed.contains(line.index()) || heading.isPresent()
                    ? Optional.empty()
                    : Headings.misnumbered(line).filter(s -> !seen.headings.contains(s));
            if (heading.isPresent() || misnumbered.isPresent()) {
                current = heading.orElseGet(misnumbered::get);
                seen.headings.add(current);
                seen.writtenHeadings.add(line.first());
                seen.label(
                        heading.isPresent() ? current.heading() : Headings.officialAsNumbered(current, line),
                        line.first(),
                        List.of());
            } else if (!consumed.contains(line.index())) {
                String text = String.join(" ", line.nonEmpty());
                if (current == null) {
                    frontMatter.add(text);
                } else {
                    StringBuilder section = texts.computeIfAbsent(current, s -> new StringBuilder());
                    section.append(section.isEmpty() ? "" : "\n").append(text);
                }
            }
        }
        pageTitle.ifPresent(frontMatter::add);
        TitleLine title = TitleLine.find(frontMatter);
        Map<Section, String> sections = new EnumMap<>(Section.class);
        texts.forEach((section, text) -> sections.put(section, text.toString()));
        return new ReadReport(
                title.agency(),
                title.year(),
                format(seen),
                new ReportContent(sections, seen.tables()),
                seen.structure(),
                seen.notes);
    }

    /** The format the tables show; a report with signs of both is 2019 if its table 2 has the 2019 columns. */
    private static FormatVersion format(Observations seen) {
        Set<FormatVersion> signs = seen.formatSigns;
        if (signs.isEmpty()) {
            return FormatVersion.UNKNOWN;
        }
        if (!signs.contains(FormatVersion.F2021)) {
            return FormatVersion.F2019;
        }
        if (!signs.contains(FormatVersion.F2019)) {
            return FormatVersion.F2021;
        }
        return seen.oddities.stream().anyMatch(o -> o.kind() == Oddity.Kind.OBSOLETE_T2_COLUMN)
                ? FormatVersion.F2019
                : FormatVersion.F2021;
    }

    private static boolean looksLikeHtml(String text) {
        return HTML_START.matcher(text).find()
                || text.stripLeading().startsWith("<")
                        && HTML_TAGS.matcher(text).find();
    }

    private static void refuseBinary(byte[] bytes) throws UnreadableReportException {
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new UnreadableReportException(NOT_TEXT);
            }
        }
    }

    /**
     * A text that starts with a byte order mark (UTF-8, or UTF-16 as Windows Notepad saves 「Unicode」), decoded
     * without it; empty when there is none. A marked file that does not decode, or decodes to control characters, is
     * not text.
     */
    private static Optional<String> withByteOrderMark(byte[] bytes) throws UnreadableReportException {
        Charset charset;
        int mark;
        if (startsWith(bytes, "\u00ef\u00bb\u00bf")) {
            charset = StandardCharsets.UTF_8;
            mark = 3;
        } else if (startsWith(bytes, "\u00fe\u00ff")) {
            charset = StandardCharsets.UTF_16BE;
            mark = 2;
        } else if (startsWith(bytes, "\u00ff\u00fe")) {
            charset = StandardCharsets.UTF_16LE;
            mark = 2;
        } else {
            return Optional.empty();
        }
        String text = decode(Arrays.copyOfRange(bytes, mark, bytes.length), charset)
                .orElseThrow(() -> new UnreadableReportException(NOT_TEXT));
        if (text.indexOf('\u0000') >= 0) {
            throw new UnreadableReportException(NOT_TEXT);
        }
        return Optional.of(text);
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
        return bytes.length >= p.length && Arrays.equals(bytes, 0, p.length, p, 0, p.length);
    }

    private static Optional<String> decode(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String gb18030(byte[] bytes) {
        return new String(bytes, Charset.forName("GB18030"));
    }
}
