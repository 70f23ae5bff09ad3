package cn.nianbao.publication;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The public portal's rendered pages kept in memory ({@link PublicPages}): {@code nianbao.portal.page-ttl}, how long a
 * page is served before it is rendered again (30 s: how stale another node may be after a publication), and
 * {@code nianbao.portal.page-cache-size}, how much memory the pages may take (32 MB).
 */
@ConfigurationProperties("nianbao.portal")
public record PortalSettings(Duration pageTtl, DataSize pageCacheSize) {

    public PortalSettings {
        pageTtl = pageTtl == null ? Duration.ofSeconds(30) : pageTtl;
        pageCacheSize = pageCacheSize == null ? DataSize.ofMegabytes(32) : pageCacheSize;
        if (pageTtl.isNegative() || pageCacheSize.toBytes() <= 0) {
            throw new IllegalArgumentException("nianbao.portal.page-ttl 不能为负，nianbao.portal.page-cache-size 须大于 0。");
        }
    }
}
