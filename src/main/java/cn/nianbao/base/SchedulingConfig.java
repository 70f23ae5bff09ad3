package cn.nianbao.base;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on the scheduled jobs (the deadline scan, the year start, retrying messages whose delivery failed); each has a
 * {@code nianbao.*.cron} setting that {@code -} turns off.
 */
@Configuration
@EnableScheduling
class SchedulingConfig {}
