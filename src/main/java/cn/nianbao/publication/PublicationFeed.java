package cn.nianbao.publication;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * New publications for a county's portal to pull: Atom (RFC 4287), written with the JDK's StAX writer so every title
 * is escaped, and JSON Feed 1.1 as plain maps for Jackson. Corrections appear as entries of their own, titled
 * 「更正：」 and linking the edition they supersede (Atom {@code rel="related"}, JSON {@code _nianbao.supersedes}).
 */
final class PublicationFeed {

    static final String TITLE = "政府信息公开工作年度报告 · 新发布";
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private PublicationFeed() {}

    static String atom(List<FeedEntry> lines, String baseUrl) {
        List<PublishedReport> entries = lines.stream().map(FeedEntry::entry).toList();
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "title", TITLE);
            element(xml, "id", baseUrl + "/public/feed.atom");
            element(
                    xml,
                    "updated",
                    time(entries.isEmpty() ? Instant.EPOCH : entries.getFirst().publishedAt()));
            link(xml, "self", baseUrl + "/public/feed.atom");
            link(xml, "alternate", baseUrl + "/public");
            xml.writeStartElement("author");
            element(xml, "name", "年报");
            xml.writeEndElement();
            for (FeedEntry line : lines) {
                PublishedReport entry = line.entry();
                xml.writeStartElement("entry");
                element(xml, "title", title(line));
                element(xml, "id", pageOf(entry, baseUrl));
                element(xml, "updated", time(entry.publishedAt()));
                element(xml, "published", time(entry.publishedAt()));
                link(xml, "alternate", pageOf(entry, baseUrl));
                if (line.isCorrection()) {
                    link(xml, "related", pageOf(line.supersededId(), baseUrl));
                }
                element(xml, "summary", summary(line));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    static Map<String, Object> json(List<FeedEntry> lines, String baseUrl) {
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", TITLE);
        feed.put("home_page_url", baseUrl + "/public");
        feed.put("feed_url", baseUrl + "/public/feed.json");
        feed.put("language", "zh-CN");
        feed.put(
                "items",
                lines.stream()
                        .map(line -> {
                            PublishedReport entry = line.entry();
                            Map<String, Object> item = new LinkedHashMap<>();
                            item.put("id", pageOf(entry, baseUrl));
                            item.put("url", pageOf(entry, baseUrl));
                            item.put("title", title(line));
                            item.put("summary", summary(line));
                            item.put("date_published", time(entry.publishedAt()));
                            Map<String, Object> nianbao = new LinkedHashMap<>();
                            nianbao.put("agency", entry.agencyName());
                            nianbao.put("year", entry.year());
                            nianbao.put("pdf", pageOf(entry, baseUrl) + ".pdf");
                            nianbao.put("data", pageOf(entry, baseUrl) + ".json");
                            nianbao.put("edition", line.edition());
                            if (line.isCorrection()) {
                                nianbao.put("correction", true);
                                nianbao.put("supersedes", pageOf(line.supersededId(), baseUrl));
                            }
                            item.put("_nianbao", nianbao);
                            return item;
                        })
                        .toList());
        return feed;
    }

    private static String pageOf(PublishedReport entry, String baseUrl) {
        return pageOf(entry.publicationId(), baseUrl);
    }

    private static String pageOf(long publicationId, String baseUrl) {
        return baseUrl + "/public/reports/" + publicationId;
    }

    private static String title(FeedEntry line) {
        return line.isCorrection() ? "更正：" + line.entry().title() : line.entry().title();
    }

    private static String summary(FeedEntry line) {
        PublishedReport entry = line.entry();
        if (line.isCorrection()) {
            return entry.agencyName() + "，" + entry.publishedOn() + "更正（第" + line.edition() + "版），原第"
                    + (line.edition() - 1) + "版已被更正";
        }
        return entry.agencyName() + "，" + entry.publishedOn() + "发布";
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }
}
