package cn.nianbao.publication;

import cn.nianbao.base.PublicUrl;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The feeds of new publications (Atom and JSON Feed), anonymous like the rest of the portal. Their links start with
 * {@link PublicUrl}: a feed is fetched and kept by others, so a forged Host header must not end up in it.
 */
@RestController
class FeedController {

    static final int ENTRIES = 50;

    private final PublicationService publications;
    private final PublicUrl publicUrl;

    FeedController(PublicationService publications, PublicUrl publicUrl) {
        this.publications = publications;
        this.publicUrl = publicUrl;
    }

    @GetMapping(value = "/public/feed.atom", produces = "application/atom+xml;charset=UTF-8")
    String atom() {
        return PublicationFeed.atom(publications.feed(ENTRIES), publicUrl.base());
    }

    @GetMapping(value = "/public/feed.json", produces = "application/feed+json;charset=UTF-8")
    Map<String, Object> json() {
        return PublicationFeed.json(publications.feed(ENTRIES), publicUrl.base());
    }
}
