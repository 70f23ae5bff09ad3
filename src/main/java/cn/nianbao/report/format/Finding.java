package cn.nianbao.report.format;

import java.util.List;
import java.util.Optional;

/**
 * One broken rule: its id from FORMAT.md §5.6, the cells concerned and a message a handler understands; for a rule on
 * the prose (PRIVACY, SECRET-MARK), where in the text it stands.
 */
public record Finding(Severity severity, String rule, List<String> cells, String message, Optional<TextSpan> text) {

    public Finding {
        cells = List.copyOf(cells);
    }

    public Finding(Severity severity, String rule, List<String> cells, String message) {
        this(severity, rule, cells, message, Optional.empty());
    }

    /** A warning on a passage of the prose rather than on cells. */
    public static Finding warningAt(String rule, TextSpan text, String message) {
        return new Finding(Severity.WARNING, rule, List.of(), message, Optional.of(text));
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
