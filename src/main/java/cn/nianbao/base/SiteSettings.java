package cn.nianbao.base;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code nianbao.public-url} (environment {@code NIANBAO_PUBLIC_URL}): where people reach Nianbao, for every absolute
 * link (mails, feeds); {@code http://localhost:8080} unless configured. Checked at start by {@link PublicUrl}.
 */
@ConfigurationProperties("nianbao")
public record SiteSettings(String publicUrl) {

    public SiteSettings {
        if (publicUrl == null || publicUrl.isBlank()) {
            publicUrl = "http://localhost:8080";
        }
    }
}
