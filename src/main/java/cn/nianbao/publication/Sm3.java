package cn.nianbao.publication;

import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;

/** The SM3 digest (GB/T 32905) of a published file, as 64 lower-case hex digits. */
final class Sm3 {

    private Sm3() {}

    static String hex(byte[] bytes) {
        SM3Digest sm3 = new SM3Digest();
        sm3.update(bytes, 0, bytes.length);
        byte[] digest = new byte[sm3.getDigestSize()];
        sm3.doFinal(digest, 0);
        return HexFormat.of().formatHex(digest);
    }
}
