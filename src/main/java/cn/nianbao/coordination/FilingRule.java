package cn.nianbao.coordination;

import java.time.Instant;

/** An area's 先备案后公布 for one year, as its coordinators see it: who switched it on and when. */
public record FilingRule(int year, String setByName, Instant setAt) {}
