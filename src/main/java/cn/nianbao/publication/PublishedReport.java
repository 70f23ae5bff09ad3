package cn.nianbao.publication;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A line of the public portal's list. */
public record PublishedReport(long publicationId, long reportId, String agencyName, int year, String title,
        Instant publishedAt) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日")
            .withZone(ZoneId.of("Asia/Shanghai"));

    /** The publication date as printed on the portal (China Standard Time). */
    public String publishedOn() {
        return DATE.format(publishedAt);
    }
}
