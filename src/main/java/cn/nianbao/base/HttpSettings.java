package cn.nianbao.base;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code nianbao.http.max-request-size}: the largest request body any request may send ({@link RequestBodyLimit});
 * 21 MB unless configured, room for a 20 MB upload and its form.
 */
@ConfigurationProperties("nianbao.http")
public record HttpSettings(DataSize maxRequestSize) {

    public HttpSettings {
        if (maxRequestSize == null) {
            maxRequestSize = DataSize.ofMegabytes(21);
        }
        if (maxRequestSize.toBytes() <= 0) {
            throw new IllegalArgumentException("nianbao.http.max-request-size 为 " + maxRequestSize + "：须大于 0。");
        }
    }
}
