package cn.nianbao.publication;

import cn.nianbao.base.ChinaTime;
import java.time.Instant;

/** One published edition of a report (第1版, then one more per correction); only the latest is current. */
public record PublishedVersion(long publicationId, int number, Instant publishedAt, boolean current) {

    public String publishedOn() {
        return ChinaTime.DATE.format(publishedAt);
    }
}
