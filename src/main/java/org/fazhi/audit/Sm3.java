package org.fazhi.audit;

import org.bouncycastle.crypto.digests.SM3Digest;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The SM3 cryptographic hash (SM3 密码杂凑算法, GB/T 32905-2016) over UTF-8 text, as 64 lower-case hex digits.
 * Bouncy Castle's {@link SM3Digest} does the work; this class only fixes the encoding on both sides.
 */
final class Sm3 {

    /** Length of a digest in hex digits (256 bits). */
    static final int HEX_LENGTH = 64;

    private static final HexFormat HEX = HexFormat.of();

    private Sm3() {
    }

    static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    static String hex(byte[] bytes) {
        SM3Digest digest = new SM3Digest();
        digest.update(bytes, 0, bytes.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return HEX.formatHex(out);
    }
}
