package cn.nianbao.desk.ui;

import cn.nianbao.report.DraftReaggregation;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** What the 起草 screen needs beside the report itself: the clock its autosave reads, and 重新汇总. */
@Component
record DraftTools(Clock clock, DraftReaggregation reaggregation) {}
