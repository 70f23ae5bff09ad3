package cn.nianbao.publication;

import java.nio.charset.StandardCharsets;
import org.springframework.util.DigestUtils;

/**
 * A public page as sent: its HTML and an entity tag derived from that HTML alone, so that every node that renders the
 * same page gives the same tag and a browser or proxy can revalidate against any of them.
 */
record RenderedPage(byte[] html, String etag) {

    static RenderedPage of(String html) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        return new RenderedPage(bytes, "\"" + DigestUtils.md5DigestAsHex(bytes) + "\"");
    }

    /** What the page holds in memory, for the cache's bound. */
    int weight() {
        return html.length + etag.length();
    }
}
