package io.huiwu.localstack;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

class FreePortsTest {

    @Test
    void aRangeLiesBelowTheEphemeralPortsAndCanBeBound() throws IOException {
        int first = FreePorts.range(16);
        Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
        if (Files.isReadable(range)) {
            int ephemeralLow = Integer.parseInt(Files.readAllLines(range).get(0).trim().split("\\s+")[0]);
            assertTrue(first + 16 <= ephemeralLow, first + " is outside the ephemeral range from " + ephemeralLow);
        }
        for (int port = first; port < first + 16; port++) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(port));
            }
        }
    }

    @Test
    void noPortIsHandedOutTwice() throws IOException {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            assertTrue(seen.add(FreePorts.one()), "a port handed out before: " + seen);
        }
        int first = FreePorts.range(8);
        for (int port = first; port < first + 8; port++) {
            assertTrue(!seen.contains(port), port + " was handed out as a single port before");
        }
    }
}
