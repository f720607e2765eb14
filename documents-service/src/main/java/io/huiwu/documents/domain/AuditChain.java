package io.huiwu.documents.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

        /** Checks the next entry; false once the chain is broken (this entry or an earlier one). */
        public boolean accept(Link link) {
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
            return lastHash;
        }

        /** The first entry that breaks the chain, or null. */
        public Break broken() {
            return broken;
        }
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
