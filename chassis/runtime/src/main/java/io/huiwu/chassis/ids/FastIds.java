package io.huiwu.chassis.ids;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Random (version 4) UUIDs for record and event ids that need to be unique but not unguessable. UUID.randomUUID()
 * draws from one shared SecureRandom, which a hot path with many threads queues on. Anything that must not be
 * guessed (a credential's id, which its QR code carries) uses UUID.randomUUID() instead.
 */
public final class FastIds {

    private FastIds() {
    }

    public static UUID next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }
}
