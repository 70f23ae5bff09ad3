package cn.nianbao.report.format.reading;

import java.io.IOException;

/** The file is not a report the reader can read at all (a PDF, a Word file, a binary), with a message in Chinese. */
public class UnreadableReportException extends IOException {

    public UnreadableReportException(String message) {
        super(message);
    }
}
