package cn.nianbao.publication;

import java.util.Locale;

/**
 * 适老化: the portal's text size, 标准 or 大字, as the visitor chose it with {@link TextSizeController}. Kept in a
 * cookie, so that reading needs no script: the server renders the page with the class {@code large-text} on
 * {@code <html>}. Anything but {@code large} in the cookie is 标准.
 */
enum TextSize {
    STANDARD,
    LARGE;

    static final String COOKIE = "nianbao-text-size";

    static TextSize of(String cookieValue) {
        return LARGE.cookieValue().equals(cookieValue) ? LARGE : STANDARD;
    }

    String cookieValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean isLarge() {
        return this == LARGE;
    }
}
