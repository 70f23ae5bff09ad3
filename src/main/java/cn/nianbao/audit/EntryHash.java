package cn.nianbao.audit;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The SM3 hash (GB/T 32905) of an entry's canonical form: a version line, then every field but the id and the hash
 * itself, each as its length in UTF-8 bytes, a colon and the value (or a dash for none), so that no two different
 * entries share a form. The previous entry's hash is one of the fields: that makes the chain.
 */
final class EntryHash {

    static final String GENESIS = "0".repeat(64);
    private static final String VERSION = "nianbao-audit-1";

    private EntryHash() {}

    static String of(AuditEntry entry) {
        StringBuilder form = new StringBuilder(VERSION).append('\n');
        Stream.of(
                        String.valueOf(entry.seq()),
                        entry.occurredAt().toString(),
                        entry.actorUsername(),
                        entry.actorName(),
                        entry.clientIp(),
                        entry.actionCode(),
                        entry.actionLabel(),
                        entry.target(),
                        entry.detail(),
                        entry.before(),
                        entry.after(),
                        entry.previousHash())
                .forEach(field -> append(form, field));
        byte[] bytes = form.toString().getBytes(StandardCharsets.UTF_8);
        SM3Digest sm3 = new SM3Digest();
        sm3.update(bytes, 0, bytes.length);
        byte[] hash = new byte[sm3.getDigestSize()];
        sm3.doFinal(hash, 0);
        return HexFormat.of().formatHex(hash);
    }

    private static void append(StringBuilder form, String field) {
        if (field == null) {
            form.append("-\n");
        } else {
            form.append(field.getBytes(StandardCharsets.UTF_8).length)
                    .append(':')
                    .append(field)
                    .append('\n');
        }
    }
}
