package cn.nianbao.report.format;

import java.util.List;
import java.util.Optional;

/**
 * One broken rule: its id from FORMAT.md §5.6, the cells concerned and a message a handler understands; for a rule on
 * the prose (PRIVACY, SECRET-MARK, REPEAT), where in the text it stands, and for a finding on several passages
 * (REPEAT: every repeated passage) all of them, {@code text} being the one to show first.
 */
public record Finding(
        Severity severity,
        String rule,
        List<String> cells,
        String message,
        Optional<TextSpan> text,
        List<TextSpan> passages) {

    public Finding {
        cells = List.copyOf(cells);
        passages = List.copyOf(passages);
    }

    public Finding(Severity severity, String rule, List<String> cells, String message, Optional<TextSpan> text) {
        this(severity, rule, cells, message, text, List.of());
    }

    public Finding(Severity severity, String rule, List<String> cells, String message) {
        this(severity, rule, cells, message, Optional.empty());
    }

    /** A warning on a passage of the prose rather than on cells. */
    public static Finding warningAt(String rule, TextSpan text, String message) {
        return new Finding(Severity.WARNING, rule, List.of(), message, Optional.of(text));
    }

    /** A warning on several passages of the prose, {@code text} the one to show first. */
    public static Finding warningAt(String rule, TextSpan text, List<TextSpan> passages, String message) {
        return new Finding(Severity.WARNING, rule, List.of(), message, Optional.of(text), passages);
    }

    public static Finding error(String rule, List<String> cells, String message) {
        return new Finding(Severity.ERROR, rule, cells, message);
    }

    public static Finding warning(String rule, List<String> cells, String message) {
        return new Finding(Severity.WARNING, rule, cells, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
