package cn.nianbao.publication;

import java.util.List;

/**
 * What a visitor searched the portal for: part of an agency's name, a year; either may be empty. The name matches
 * when its characters occur in the agency's name in order, not necessarily side by side, so that the abbreviation
 * a citizen types finds the agency (「科技」 finds 温县科学技术局, 「县公安」 finds 某某县公安局). A filter that cannot
 * be used (a year that is not a four-digit year, a name longer than the search box takes) is left out, and
 * {@code problem} says so on the page.
 */
record PortalQuery(String agencyName, Integer year, String problem) {

    static final int MAX_NAME = 50;

    PortalQuery {
        agencyName = agencyName == null ? "" : agencyName.strip();
    }

    /** The query as typed into the form or the address bar. */
    static PortalQuery of(String typedName, String typedYear) {
        String name = typedName == null ? "" : typedName.strip();
        String year = typedYear == null ? "" : typedYear.strip();
        StringBuilder problem = new StringBuilder();
        if (name.length() > MAX_NAME) {
            problem.append("机关名称最多 ").append(MAX_NAME).append(" 个字，已按全部机关显示。");
            name = "";
        }
        Integer parsed = null;
        if (year.matches("\\d{4}")) {
            parsed = Integer.valueOf(year);
        } else if (!year.isEmpty()) {
            problem.append("年度应为四位数字的年份（如 2024），已按全部年度显示。");
        }
        return new PortalQuery(name, parsed, problem.isEmpty() ? null : problem.toString());
    }

    List<PublishedReport> apply(List<PublishedReport> reports) {
        return reports.stream()
                .filter(r -> matches(r.agencyName()))
                .filter(r -> year == null || r.year() == year)
                .toList();
    }

    /** Whether the typed name's characters (code points, spaces ignored) occur in {@code name} in order. */
    boolean matches(String name) {
        int[] typed =
                agencyName.codePoints().filter(c -> !Character.isWhitespace(c)).toArray();
        int found = 0;
        for (int i = 0; i < name.length() && found < typed.length; ) {
            int c = name.codePointAt(i);
            if (Character.toLowerCase(c) == Character.toLowerCase(typed[found])) {
                found++;
            }
            i += Character.charCount(c);
        }
        return found == typed.length;
    }

    boolean isEmpty() {
        return agencyName.isEmpty() && year == null;
    }

    /** The key of the rendered page. */
    String key() {
        return year + "|" + problem + "|" + agencyName;
    }
}
