package io.huiwu.documents.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The chain checked from the columns' bytes is the chain checked from their text: same form, same breaks. */
class AuditChainTest {

    private static final UUID MEETING = UUID.fromString("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
    private static final String[] DETAILS = {"{\"receivedBy\":\"王晓红\",\"note\":\"引号\\\" 反斜杠\\\\\"}",
        "控制\u0001字符\n与\t制表", "plain", "𠮷 (outside the BMP) and \u007f", ""};

    @Test
    void theCanonicalBytesAreTheCanonicalTextInUtf8() {
        AuditChain.Canonical canonical = new AuditChain.Canonical();
        for (String detail : DETAILS) {
            for (UUID document : new UUID[] {null, UUID.randomUUID(), new UUID(0, 1)}) {
                Instant at = Instant.parse("2026-12-07T08:00:00.123456789Z");
                String text = AuditChain.canonical(MEETING, 42, at, "材料组\"张敏\"", "device:平板-03", "COPY_ISSUED",
                        document, null, detail, AuditChain.GENESIS);
                canonical.write(MEETING, 42, at, utf8("材料组\"张敏\""), utf8("device:平板-03"), utf8("COPY_ISSUED"),
                        document, null, utf8(detail), utf8(AuditChain.GENESIS));
                byte[] bytes = Arrays.copyOf(canonical.bytes, canonical.length);
                assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), bytes, text);
            }
        }
    }

    @Test
    void bothWalksAcceptAGoodChainAndNameTheSameBreaks() {
        List<AuditChain.Link> chain = chain(5);
        assertEquals(5, walkText(chain).checked());
        AuditChain.Verifier bytes = walkBytes(chain);
        assertEquals(5, bytes.checked());
        assertNull(bytes.broken());
        assertEquals(chain.get(4).hash(), bytes.lastHash());

        List<AuditChain.Link> changed = new ArrayList<>(chain);
        AuditChain.Link third = chain.get(2);
        changed.set(2, new AuditChain.Link(third.meetingId(), third.seq(), third.recordedAt(), third.actor(),
                third.origin(), third.action(), third.documentId(), third.copyId(), "{\"receivedBy\":\"李四\"}",
                third.prevHash(), third.hash()));
        assertEquals(walkText(changed).broken(), walkBytes(changed).broken());
        assertEquals(AuditChain.Fault.HASH_MISMATCH, walkBytes(changed).broken().fault());
        assertEquals(3, walkBytes(changed).broken().seq());

        List<AuditChain.Link> removed = new ArrayList<>(chain);
        removed.remove(1);
        assertEquals(walkText(removed).broken(), walkBytes(removed).broken());
        assertEquals(AuditChain.Fault.BROKEN_LINK, walkBytes(removed).broken().fault());
        assertEquals(1, walkBytes(removed).checked());
    }

    private static List<AuditChain.Link> chain(int entries) {
        List<AuditChain.Link> chain = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        Instant at = Instant.parse("2026-12-07T08:00:00Z");
        for (int seq = 1; seq <= entries; seq++) {
            String detail = DETAILS[seq % DETAILS.length];
            UUID copy = seq % 2 == 0 ? null : new UUID(seq, seq);
            String hash = AuditChain.hash(AuditChain.sha256(), MEETING, seq, at.plusMillis(seq), "张敏",
                    "address:10.0.0.1", "COPY_READ", null, copy, detail, previous);
            chain.add(new AuditChain.Link(MEETING, seq, at.plusMillis(seq), "张敏", "address:10.0.0.1", "COPY_READ",
                    null, copy, detail, previous, hash));
            previous = hash;
        }
        return chain;
    }

    private static AuditChain.Verifier walkText(List<AuditChain.Link> chain) {
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        for (AuditChain.Link link : chain) {
            if (!verifier.accept(link)) {
                break;
            }
        }
        return verifier;
    }

    private static AuditChain.Verifier walkBytes(List<AuditChain.Link> chain) {
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        for (AuditChain.Link l : chain) {
            if (!verifier.accept(l.meetingId(), l.seq(), l.recordedAt(), utf8(l.actor()), utf8(l.origin()),
                    utf8(l.action()), l.documentId(), l.copyId(), utf8(l.detail()), utf8(l.prevHash()),
                    utf8(l.hash()))) {
                break;
            }
        }
        return verifier;
    }

    private static byte[] utf8(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }
}
