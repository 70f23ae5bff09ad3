package cn.nianbao.coordination;

import cn.nianbao.base.Crons;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code nianbao.year-start.cron}: when the daily run looks whether today is 1 January, China time, and starts the
 * year's reports (00:30; {@code -} turns it off).
 */
@ConfigurationProperties("nianbao.year-start")
public record YearStartSettings(String cron) {

    public YearStartSettings {
        cron = Crons.require("nianbao.year-start.cron", cron, "0 30 0 * * *");
    }
}
