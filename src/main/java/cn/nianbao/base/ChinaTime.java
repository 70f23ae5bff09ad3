package cn.nianbao.base;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times are stored as instants and shown in China Standard Time, in the two ways people here read them. */
public final class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** 2025-01-10 09:30: lists, histories, inboxes. */
    public static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);
    /** 2025年1月10日: as printed on a published report. */
    public static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(ZONE);

    private ChinaTime() {}
}
