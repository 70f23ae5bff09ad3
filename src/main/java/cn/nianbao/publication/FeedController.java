package cn.nianbao.publication;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The feeds of new publications (Atom and JSON Feed), anonymous like the rest of the portal. */
@RestController
class FeedController {

    static final int ENTRIES = 50;

    private final PublicationService publications;

    FeedController(PublicationService publications) {
        this.publications = publications;
    }

    @GetMapping(value = "/public/feed.atom", produces = "application/atom+xml;charset=UTF-8")
    String atom() {
        return PublicationFeed.atom(publications.latest(ENTRIES), baseUrl());
    }

    @GetMapping(value = "/public/feed.json", produces = "application/feed+json;charset=UTF-8")
    Map<String, Object> json() {
        return PublicationFeed.json(publications.latest(ENTRIES), baseUrl());
    }

    /** As the visitor reached us: behind the production proxy the forwarded host and scheme (server.forward-headers). */
    private static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
