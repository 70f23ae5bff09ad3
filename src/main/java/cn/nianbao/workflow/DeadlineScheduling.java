package cn.nianbao.workflow;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the daily deadline run ({@link DeadlineWatch}); {@code nianbao.deadlines.cron=-} turns it off. */
@Configuration
@EnableScheduling
class DeadlineScheduling {
}
