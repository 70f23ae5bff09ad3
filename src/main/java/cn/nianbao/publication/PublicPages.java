package cn.nianbao.publication;

import cn.nianbao.base.PlainText;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The rendered public pages (portal list and its searches, agency pages, report pages), kept in memory: a published
 * edition never changes, so a page is read from the database and rendered once, not per visitor.
 * <p>
 * A publication on this node empties the cache once its transaction has committed, so the new report (or the
 * correction, and the 已被更正 mark on the earlier edition) shows at once. Pages are keyed by a generation that the
 * publication moves on: a page still being rendered from the old data when it commits lands under the old
 * generation, where no later request looks. Other nodes on the same database do not hear of it: each page expires
 * {@code nianbao.portal.page-ttl} (default 30 s) after it was rendered, which bounds how stale a node can be (and
 * also covers an agency renamed in the meantime). The cache is bounded by the bytes it holds, searches included.
 */
@Component
@EnableConfigurationProperties(PortalSettings.class)
class PublicPages {

    private final AtomicLong generation = new AtomicLong();
    private final Cache<String, RenderedPage> pages;

    PublicPages(PortalSettings settings) {
        this.pages = Caffeine.newBuilder()
                .expireAfterWrite(settings.pageTtl())
                .maximumWeight(settings.pageCacheSize().toBytes())
                .<String, RenderedPage>weigher((key, page) -> key.length() + page.weight())
                .build();
    }

    /**
     * The page kept under {@code key}, rendered now if it is not (a failed render, such as a 404, is not kept);
     * without a character that a page may not hold (see {@link PlainText}), whatever text was stored.
     */
    RenderedPage get(String key, Supplier<String> render) {
        return pages.get(generation.get() + " " + key, k -> RenderedPage.of(PlainText.printable(render.get())));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void published(ReportPublished event) {
        generation.incrementAndGet();
        pages.invalidateAll();
    }
}
