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
 * figures it could read are returned all the same.
 */
public final class ReportReader {

    private static final Pattern HTML_START = Pattern.compile("(?is)^\\s*(<!doctype\\s+html|<html|<\\?xml[^>]*>\\s*<html)");
    private static final Pattern HTML_TAGS = Pattern.compile("(?i)<(body|table|p|div)[\\s>]");

    /** Reads a file, telling plain text from HTML by its name or its first characters, UTF-8 or GB18030. */
    public ReadReport read(Path file) throws IOException {
        return read(file.getFileName().toString(), Files.readAllBytes(file));
    }

    /** Reads an uploaded file: its name and content, as {@link #read(Path)} reads one on disk. */
    public ReadReport read(String fileName, byte[] bytes) throws IOException {
        refuseBinary(bytes);
        String name = fileName.toLowerCase(Locale.ROOT);
        boolean htmlName = name.matches(".*\\.(s?html?|xhtml)$");
        Optional<String> utf8 = decode(bytes, StandardCharsets.UTF_8);
        if (htmlName || utf8.map(ReportReader::looksLikeHtml).orElse(false)) {
            if (utf8.isPresent()) {
                return readHtml(utf8.get());
            }
            Document page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
            return read(page.text().indexOf('\uFFFD') < 0 ? page : Jsoup.parse(gb18030(bytes)));
        }
        String text = utf8.orElseGet(() -> gb18030(bytes));
        return looksLikeHtml(text) ? readHtml(text) : readText(text);
    }

    /** The plain-text form: one line per paragraph or table row, cells separated by tabs. */
    public ReadReport readText(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> rows = body.lines().map(line -> Arrays.asList(line.split("\t", -1))).toList();
        return read(rows, Optional.empty());
    }

    /** A saved HTML page: headings and paragraphs as lines, tables as rows of cells on their grid. */
    public ReadReport readHtml(String html) {
        return read(Jsoup.parse(html));
    }

    private ReadReport read(Document page) {
        return read(HtmlLines.of(page), Optional.of(page.title()).filter(t -> !t.isBlank()));
    }

    private ReadReport read(List<List<String>> rows, Optional<String> pageTitle) {
        List<Line> lines = new ArrayList<>();
        for (List<String> cells : rows) {
            Line line = new Line(lines.size(), cells);
            if (!line.nonEmpty().isEmpty()) {
                lines.add(line);
            }
        }
        Observations seen = new Observations();
        Set<Integer> consumed = new HashSet<>();
        consumed.addAll(new Table2Reader(seen).read(lines));
        consumed.addAll(new Table3Reader(seen).read(lines));
        consumed.addAll(new Table4Reader(seen).read(lines));

        Map<Section, StringBuilder> texts = new EnumMap<>(Section.class);
        List<String> frontMatter = new ArrayList<>();
        Section current = null;
        for (Line line : lines) {
            Optional<Section> heading = consumed.contains(line.index()) ? Optional.empty() : Headings.sectionOf(line);
            if (heading.isPresent()) {
                current = heading.get();
                seen.headings.add(current);
                seen.label(current.heading(), line.first(), List.of());
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
        return new ReadReport(title.agency(), title.year(), format(seen),
                new ReportContent(sections, seen.tables()), seen.structure());
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
                ? FormatVersion.F2019 : FormatVersion.F2021;
    }

    private static boolean looksLikeHtml(String text) {
        return HTML_START.matcher(text).find() || text.stripLeading().startsWith("<")
                && HTML_TAGS.matcher(text).find();
    }

    private static void refuseBinary(byte[] bytes) throws UnreadableReportException {
        if (startsWith(bytes, "%PDF")) {
            throw new UnreadableReportException("这是 PDF 文件；检查器只读纯文本和网页（HTML），请先另存为文本或网页。");
        }
        if (startsWith(bytes, "PK\u0003\u0004") || startsWith(bytes, "\u00d0\u00cf\u0011\u00e0")) {
            throw new UnreadableReportException("这是 Word/Office 文件；检查器只读纯文本和网页（HTML），请先另存为文本或网页。");
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new UnreadableReportException("这不是文本文件；检查器只读纯文本和网页（HTML）。");
            }
        }
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
        return bytes.length >= p.length && Arrays.equals(bytes, 0, p.length, p, 0, p.length);
    }

    private static Optional<String> decode(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String gb18030(byte[] bytes) {
        return new String(bytes, Charset.forName("GB18030"));
    }
}
