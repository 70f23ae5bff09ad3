package cn.nianbao.report.format;

import java.util.List;

/** One broken rule: its id from FORMAT.md §5.6, the cells concerned and a message a handler understands. */
public record Finding(Severity severity, String rule, List<String> cells, String message) {

    public Finding {
        cells = List.copyOf(cells);
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
