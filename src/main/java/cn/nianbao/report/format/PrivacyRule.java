package cn.nianbao.report.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PRIVACY (docs/RULES.md): personal data in the prose, each a warning with its place and the data masked. 居民身份证号
 * (check character and birth date valid), mobile numbers, bank card numbers (Luhn), e-mail addresses, landlines only
 * next to a person's name, and a person's name after 申请人 / 当事人 / 起诉人. The contact of the agency's own office
 * in the preamble (地址、电话、电子邮箱 in the sentence asking readers to get in touch) is expected and passes, as do
 * addresses at gov.cn; see {@link OfficeContact}.
 */
public final class PrivacyRule {

    public static final String RULE = "PRIVACY";

    private static final String NO_DIGIT_BEFORE = "(?<![0-9A-Za-z])";
    private static final String NO_DIGIT_AFTER = "(?![0-9A-Za-z])";
    private static final Pattern ID = Pattern.compile(NO_DIGIT_BEFORE + "\\d{17}[0-9Xx]" + NO_DIGIT_AFTER);
    private static final Pattern CARD =
            Pattern.compile(NO_DIGIT_BEFORE + "\\d{4}(?:[ -]?\\d{4}){3}\\d{0,3}" + NO_DIGIT_AFTER);
    private static final Pattern MOBILE =
            Pattern.compile(NO_DIGIT_BEFORE + "1[3-9]\\d(?:[ -]?\\d{4}){2}" + NO_DIGIT_AFTER);
    private static final Pattern LANDLINE =
            Pattern.compile(NO_DIGIT_BEFORE + "(?:\\(0\\d{2,3}\\)|（0\\d{2,3}）|0\\d{2,3}-?)\\d{7,8}" + NO_DIGIT_AFTER);
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern NAMED_PARTY =
            Pattern.compile("(?:申请人|当事人|起诉人)(?:[:：（(]\\s*)?(" + PersonNames.NAME + ")" + PersonNames.AFTER_NAME);

    private record Hit(int start, int end, String kind, String shown) {}

    public List<Finding> check(ReportContent content) {
        List<Finding> findings = new ArrayList<>();
        for (Section section : Section.values()) {
            findings.addAll(scan(section, content.text(section)));
        }
        return findings;
    }

    /** The findings in one section's text; S1 starts with the preamble, whose office contact passes. */
    public List<Finding> scan(Section section, String raw) {
        String text = OfficeContact.plain(raw);
        OfficeContact office = OfficeContact.in(section, text);
        List<Hit> hits = new ArrayList<>();
        Matcher m = ID.matcher(text);
        while (m.find()) {
            if (PersonalNumbers.isIdNumber(m.group())) {
                hits.add(new Hit(m.start(), m.end(), "居民身份证号", PersonalNumbers.mask(m.group(), 4, 4)));
            }
        }
        for (m = CARD.matcher(text); m.find(); ) {
            String digits = m.group().replaceAll("[ -]", "");
            if (!PersonalNumbers.isIdNumber(digits) && PersonalNumbers.isCardNumber(digits)) {
                add(hits, new Hit(m.start(), m.end(), "银行卡号", PersonalNumbers.mask(digits, 4, 4)));
            }
        }
        for (m = MOBILE.matcher(text); m.find(); ) {
            String digits = m.group().replaceAll("[ -]", "");
            add(hits, new Hit(m.start(), m.end(), "手机号码", PersonalNumbers.mask(digits, 3, 4)));
        }
        for (m = EMAIL.matcher(text); m.find(); ) {
            if (!office.covers(m.start()) && !m.group().toLowerCase().endsWith(".gov.cn")) {
                add(hits, new Hit(m.start(), m.end(), "电子邮箱", PersonalNumbers.maskEmail(m.group())));
            }
        }
        for (m = LANDLINE.matcher(text); m.find(); ) {
            if (!office.covers(m.start()) && PersonNames.namedBefore(text, m.start())) {
                add(hits, new Hit(m.start(), m.end(), "个人的固定电话", PersonalNumbers.maskLandline(m.group())));
            }
        }
        for (m = NAMED_PARTY.matcher(text); m.find(); ) {
            if (!office.covers(m.start()) && PersonNames.isName(m.group(1))) {
                add(hits, new Hit(m.start(1), m.end(1), "当事人姓名", PersonalNumbers.mask(m.group(1), 1, 0)));
            }
        }
        hits.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return hits.stream().map(hit -> finding(section, hit)).toList();
    }

    /** A number read as a card or phone inside an ID number already found is not a second finding. */
    private static void add(List<Hit> hits, Hit hit) {
        if (hits.stream().noneMatch(h -> h.start() < hit.end() && hit.start() < h.end())) {
            hits.add(hit);
        }
    }

    private static Finding finding(Section section, Hit hit) {
        return Finding.warningAt(
                RULE,
                new TextSpan(section, hit.start(), hit.end(), hit.shown()),
                "正文「" + section.heading() + "」第 " + (hit.start() + 1) + " 字处有" + hit.kind() + "“" + hit.shown()
                        + "”，属于个人信息，公开前请删除或隐去。");
    }
}
