package org.backspasm.handbook.render;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, the one hash the renderer keeps and names things by (PDF ids, laid-out PDFs, template folders). */
final class Sha256 {

    private Sha256() {
    }

    /** A new digest, for hashing several parts in turn. */
    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    static byte[] of(byte[] bytes) {
        return digest().digest(bytes);
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(of(bytes));
    }
}
