package io.huiwu.documents.domain;

import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A meeting's audit log as a hash chain. Each entry's hash is SHA-256 over its canonical form: a JSON array of its
 * columns in a fixed order, the previous entry's hash last, so that changing any column of an entry breaks its own
 * hash, and removing or replacing an entry breaks the link of the one after it. The first entry of a chain links to
 * {@link #GENESIS}.
 */
public final class AuditChain {

    /** What the first entry of a chain links to. */
    public static final String GENESIS = "0".repeat(64);

    private static final HexFormat HEX = HexFormat.of();

    /** One entry as stored: its columns, the hash it links to and its own. */
    public record Link(UUID meetingId, long seq, Instant recordedAt, String actor, String origin, String action,
            UUID documentId, UUID copyId, String detail, String prevHash, String hash) {
    }

    /** Why an entry breaks the chain. */
    public enum Fault {
        /** The entry's stored hash is not the hash of its columns: the entry was changed. */
        HASH_MISMATCH,
        /** The entry does not link to the one before it (or its position skips one): an entry was removed,
         * inserted or replaced. */
        BROKEN_LINK
    }

    /** The first entry that breaks the chain, what was expected there and what was found. */
    public record Break(long seq, Fault fault, String expected, String found) {
    }

    private AuditChain() {
    }

    /** A time as the chain keeps it: microseconds, as the database stores it. */
    public static Instant truncate(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    /** The canonical form the hash is taken over. */
    public static String canonical(UUID meetingId, long seq, Instant recordedAt, String actor, String origin,
            String action, UUID documentId, UUID copyId, String detail, String prevHash) {
        StringBuilder out = new StringBuilder(256 + (detail == null ? 0 : detail.length()));
        out.append('[');
        string(out, meetingId.toString()).append(',').append(seq).append(',');
        string(out, truncate(recordedAt).toString()).append(',');
        string(out, actor).append(',');
        string(out, origin).append(',');
        string(out, action).append(',');
        string(out, documentId == null ? null : documentId.toString()).append(',');
        string(out, copyId == null ? null : copyId.toString()).append(',');
        string(out, detail).append(',');
        string(out, prevHash);
        return out.append(']').toString();
    }

    /** The hash of an entry with these columns, in lower-case hexadecimal. */
    public static String hash(MessageDigest sha256, UUID meetingId, long seq, Instant recordedAt, String actor,
            String origin, String action, UUID documentId, UUID copyId, String detail, String prevHash) {
        sha256.reset();
        return HEX.formatHex(sha256.digest(canonical(meetingId, seq, recordedAt, actor, origin, action, documentId,
                copyId, detail, prevHash).getBytes(StandardCharsets.UTF_8)));
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Walks a chain entry by entry, oldest first, and stops at the first entry that breaks it. Not thread-safe: one
     * walk, one verifier.
     */
    public static final class Verifier {
        private final MessageDigest sha256 = sha256();
        private long checked;
        private long lastSeq;
        private String lastHash = GENESIS;
        private Break broken;

        private final Canonical canonical = new Canonical();
        private final byte[] digest = new byte[32];
        private final byte[] computedHex = new byte[64];
        private byte[] lastHashBytes = GENESIS.getBytes(StandardCharsets.US_ASCII);

        /**
         * Checks the next entry from its columns as stored, the text ones as their UTF-8 bytes (what a reader of
         * the table gets without decoding them): the same checks as {@link #accept(Link)}, on the same canonical
         * form, without making a string of any column. False once the chain is broken.
         */
        public boolean accept(UUID meetingId, long seq, Instant recordedAt, byte[] actor, byte[] origin,
                byte[] action, UUID documentId, UUID copyId, byte[] detail, byte[] prevHash, byte[] hash) {
            if (broken != null) {
                return false;
            }
            if (seq != lastSeq + 1 || !Arrays.equals(lastHashBytes, prevHash)) {
                broken = new Break(seq, Fault.BROKEN_LINK, lastHash(), ascii(prevHash));
                return false;
            }
            canonical.write(meetingId, seq, recordedAt, actor, origin, action, documentId, copyId, detail, prevHash);
            sha256.update(canonical.bytes, 0, canonical.length);
            try {
                sha256.digest(digest, 0, digest.length);
            } catch (DigestException e) {
                throw new IllegalStateException("SHA-256 gives 32 bytes", e);
            }
            hex(digest, computedHex);
            if (!Arrays.equals(computedHex, hash)) {
                broken = new Break(seq, Fault.HASH_MISMATCH, ascii(computedHex), ascii(hash));
                return false;
            }
            checked++;
            lastSeq = seq;
            lastHashBytes = hash;
            lastHash = null;
            return true;
        }

        /** Checks the next entry; false once the chain is broken (this entry or an earlier one). */
        public boolean accept(Link link) {
            if (lastHash == null) {
                lastHash = ascii(lastHashBytes);
            }
            if (broken != null) {
                return false;
            }
            if (link.seq() != lastSeq + 1 || !lastHash.equals(link.prevHash())) {
                broken = new Break(link.seq(), Fault.BROKEN_LINK, lastHash, link.prevHash());
                return false;
            }
            String computed = hash(sha256, link.meetingId(), link.seq(), link.recordedAt(), link.actor(),
                    link.origin(), link.action(), link.documentId(), link.copyId(), link.detail(), link.prevHash());
            if (!computed.equals(link.hash())) {
                broken = new Break(link.seq(), Fault.HASH_MISMATCH, computed, link.hash());
                return false;
            }
            checked++;
            lastSeq = link.seq();
            lastHash = link.hash();
            lastHashBytes = link.hash().getBytes(StandardCharsets.US_ASCII);
            return true;
        }

        /** How many entries were found intact, from the first. */
        public long checked() {
            return checked;
        }

        /** The last intact entry's position (0 before the first). */
        public long lastSeq() {
            return lastSeq;
        }

        /** The last intact entry's hash ({@link #GENESIS} before the first). */
        public String lastHash() {
            if (lastHash == null) {
                lastHash = ascii(lastHashBytes);
            }
            return lastHash;
        }

        /** The first entry that breaks the chain, or null. */
        public Break broken() {
            return broken;
        }
    }

    /**
     * The canonical form written as UTF-8 bytes into a buffer kept from one entry to the next: byte for byte what
     * {@link #canonical} gives encoded in UTF-8, made from the text columns' own UTF-8 bytes. Escaping touches only
     * ASCII ('"', '\\' and the control characters), and no byte of a multi-byte UTF-8 sequence is ASCII, so
     * escaping the bytes is escaping the text.
     */
    static final class Canonical {
        private static final byte[] NULL = {'n', 'u', 'l', 'l'};
        private static final byte[] DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[1024];
        int length;

        void write(UUID meetingId, long seq, Instant recordedAt, byte[] actor, byte[] origin, byte[] action,
                UUID documentId, UUID copyId, byte[] detail, byte[] prevHash) {
            length = 0;
            put('[');
            uuid(meetingId);
            put(',');
            ascii(Long.toString(seq));
            put(',');
            put('"');
            ascii(truncate(recordedAt).toString());
            put('"');
            put(',');
            string(actor);
            put(',');
            string(origin);
            put(',');
            string(action);
            put(',');
            uuid(documentId);
            put(',');
            uuid(copyId);
            put(',');
            string(detail);
            put(',');
            string(prevHash);
            put(']');
        }

        private void uuid(UUID id) {
            if (id == null) {
                raw(NULL);
                return;
            }
            room(38);
            bytes[length++] = '"';
            long msb = id.getMostSignificantBits();
            long lsb = id.getLeastSignificantBits();
            hexDigits(msb >>> 32, 8);
            bytes[length++] = '-';
            hexDigits(msb >>> 16, 4);
            bytes[length++] = '-';
            hexDigits(msb, 4);
            bytes[length++] = '-';
            hexDigits(lsb >>> 48, 4);
            bytes[length++] = '-';
            hexDigits(lsb, 12);
            bytes[length++] = '"';
        }

        private void hexDigits(long value, int digits) {
            for (int i = digits - 1; i >= 0; i--) {
                bytes[length + i] = DIGITS[(int) (value & 0xF)];
                value >>>= 4;
            }
            length += digits;
        }

        private void string(byte[] utf8) {
            if (utf8 == null) {
                raw(NULL);
                return;
            }
            room(utf8.length * 6 + 2);
            bytes[length++] = '"';
            for (byte b : utf8) {
                if (b == '"' || b == '\\') {
                    bytes[length++] = '\\';
                    bytes[length++] = b;
                } else if (b >= 0 && b < 0x20) {
                    bytes[length++] = '\\';
                    bytes[length++] = 'u';
                    bytes[length++] = '0';
                    bytes[length++] = '0';
                    bytes[length++] = DIGITS[b >> 4];
                    bytes[length++] = DIGITS[b & 0xF];
                } else {
                    bytes[length++] = b;
                }
            }
            bytes[length++] = '"';
        }

        private void ascii(String text) {
            room(text.length());
            for (int i = 0; i < text.length(); i++) {
                bytes[length++] = (byte) text.charAt(i);
            }
        }

        private void raw(byte[] value) {
            room(value.length);
            System.arraycopy(value, 0, bytes, length, value.length);
            length += value.length;
        }

        private void put(char c) {
            room(1);
            bytes[length++] = (byte) c;
        }

        private void room(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }
    }

    private static void hex(byte[] digest, byte[] out) {
        for (int i = 0; i < digest.length; i++) {
            out[2 * i] = Canonical.DIGITS[(digest[i] >> 4) & 0xF];
            out[2 * i + 1] = Canonical.DIGITS[digest[i] & 0xF];
        }
    }

    private static String ascii(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.US_ASCII);
    }

    private static StringBuilder string(StringBuilder out, String value) {
        if (value == null) {
            return out.append("null");
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }
}
