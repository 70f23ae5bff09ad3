package cn.nianbao.base;

import org.springframework.scheduling.support.CronExpression;

/** A scheduled job's {@code *.cron} setting: a Spring cron expression, or {@code -} for "never". */
public final class Crons {

    public static final String NEVER = "-";

    private Crons() {}

    /** The setting as given (or {@code fallback} when absent), refused at start when it is no cron expression. */
    public static String require(String name, String cron, String fallback) {
        String value = cron == null || cron.isBlank() ? fallback : cron.strip();
        if (!NEVER.equals(value) && !CronExpression.isValidExpression(value)) {
            throw new IllegalArgumentException(name + " 为「" + value + "」：须为 cron 表达式（如 0 0 8 * * *），或 - 表示不运行。");
        }
        return value;
    }
}
