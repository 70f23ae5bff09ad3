package cn.nianbao.report;

/** Input that cannot be stored; the message says in Chinese what to correct. Nothing was changed. */
public class ReportInputException extends RuntimeException {

    public ReportInputException(String message) {
        super(message);
    }
}
