package cn.nianbao.report.format;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contact of the agency's own office that every report gives in its preamble (「如对本报告有疑问，请与…办公室联系
 * （地址…，电话…，电子邮箱…）」): published on purpose, so its landline, e-mail and 联系人 are no PRIVACY finding. The
 * preamble is the start of 一、总体情况 up to its first 「（一）」 (or its first paragraph); the contact is a sentence
 * there that asks to get in touch (联系, 咨询, 疑问, 意见), up to the end of its paragraph, which gives 电话, 地址, 邮编
 * or 邮箱.
 */
final class OfficeContact {

    private static final Pattern FIRST_SUBHEADING = Pattern.compile("[（(]一[）)]");
    private static final Pattern SENTENCE = Pattern.compile("[^。！？\\n]+[。！？]?");
    private static final Pattern ASKS = Pattern.compile("联系|咨询|疑问|意见");
    private static final Pattern GIVES = Pattern.compile("电话|地址|邮编|邮政编码|邮箱|传真");

    private static final OfficeContact NONE = new OfficeContact(-1, -1);

    private final int start;
    private final int end;

    private OfficeContact(int start, int end) {
        this.start = start;
        this.end = end;
    }

    static OfficeContact in(Section section, String text) {
        if (section != Section.S1) {
            return NONE;
        }
        Matcher sub = FIRST_SUBHEADING.matcher(text);
        int preambleEnd = sub.find() ? sub.start() : firstParagraphEnd(text);
        Matcher sentence = SENTENCE.matcher(text).region(0, preambleEnd);
        while (sentence.find()) {
            if (ASKS.matcher(sentence.group()).find()) {
                // the address may follow in sentences of its own (「…请与办公室联系。通讯地址：…；电话：…。」)
                int paragraphEnd = text.indexOf('\n', sentence.start());
                int end = Math.min(preambleEnd, paragraphEnd < 0 ? text.length() : paragraphEnd);
                if (GIVES.matcher(text.substring(sentence.start(), end)).find()) {
                    return new OfficeContact(sentence.start(), end);
                }
            }
        }
        return NONE;
    }

    private static int firstParagraphEnd(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text.length() : newline;
    }

    boolean covers(int offset) {
        return offset >= start && offset < end;
    }

    /**
     * Full-width digits, letters, @ and dashes as ASCII, one char for one so that offsets stay those of the text
     * as typed.
     */
    static String plain(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '！'
                    && c <= '～'
                    && "０１２３４５６７８９＠－．ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ".indexOf(c) >= 0) {
                out.append((char) (c - '！' + '!'));
            } else if (c == '—' || c == '–') {
                out.append('-');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
