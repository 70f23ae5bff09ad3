package cn.nianbao.publication;

import cn.nianbao.base.ChinaTime;
import java.time.Instant;

/** A line of the public portal's list. */
public record PublishedReport(
        long publicationId,
        long reportId,
        String agencyName,
        int year,
        String title,
        Instant publishedAt,
        long agencyId) {

    /** The publication date as printed on the portal (China Standard Time). */
    public String publishedOn() {
        return ChinaTime.DATE.format(publishedAt);
    }
}
