package cn.nianbao.base;

import java.net.URI;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Where people reach Nianbao ({@code nianbao.public-url}, environment {@code NIANBAO_PUBLIC_URL}, default
 * {@code http://localhost:8080}). Every absolute link (mails, feeds) is made from it, never from a request's
 * {@code Host} header, which whoever sends the request chooses.
 */
@Component
@EnableConfigurationProperties(SiteSettings.class)
public class PublicUrl {

    private final String base;

    PublicUrl(SiteSettings settings) {
        String url = settings.publicUrl();
        URI uri = URI.create(url.strip());
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("nianbao.public-url 为 「" + url
                    + "」：请设为以 http:// 或 https:// 开头的完整地址，例如 https://nianbao.example.gov.cn");
        }
        String text = uri.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /** The address without a trailing slash, e.g. {@code https://nianbao.example.gov.cn}. */
    public String base() {
        return base;
    }

    /** A path of the application ({@code /public/...}, with or without its leading slash) as an absolute link. */
    public String absolute(String path) {
        return base + (path.startsWith("/") ? path : "/" + path);
    }
}
