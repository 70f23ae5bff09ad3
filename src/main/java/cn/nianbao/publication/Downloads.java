package cn.nianbao.publication;

import java.nio.charset.StandardCharsets;

/** File names of the downloads, and the Content-Disposition header that carries a Chinese name. */
final class Downloads {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Downloads() {}

    /**
     * {@code attachment; filename="<ascii>"; filename*=UTF-8''<percent-encoded>} (RFC 6266 with the RFC 5987
     * encoding): browsers save the Chinese name; a client that knows only {@code filename} gets the ASCII one.
     */
    static String attachment(String fileName, String asciiFallback) {
        return "attachment; filename=\"" + asciiFallback + "\"; filename*=UTF-8''" + encode(fileName);
    }

    /** The report's title as a file name: characters that no file system accepts become 「_」. */
    static String fileName(PublishedReport entry, String suffix) {
        String name = entry.title().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return name + suffix;
    }

    /** RFC 5987 {@code value-chars}: attr-char as is, every other UTF-8 byte as %XX. */
    static String encode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isAttrChar(c)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0F]);
            }
        }
        return encoded.toString();
    }

    private static boolean isAttrChar(int c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || "!#$&+-.^_`|~".indexOf(c) >= 0;
    }
}
