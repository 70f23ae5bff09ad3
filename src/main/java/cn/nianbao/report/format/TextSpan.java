package cn.nianbao.report.format;

/**
 * Where a finding stands in a section's text, so that a screen can highlight it: {@code start} and {@code end} are
 * offsets (UTF-16 chars, end exclusive) into {@link ReportContent#text(Section)}. {@code shown} is the matched text
 * as it may be shown and sent on: masked for personal data (4101**********1234), so that neither the message nor a
 * JSON line spreads it.
 */
public record TextSpan(Section section, int start, int end, String shown) {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
