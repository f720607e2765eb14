package io.huiwu.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free ports for a stack started by tests, taken from outside the kernel's ephemeral range. A port the kernel hands
 * out for {@code bind(0)} is also the local port it gives outgoing connections: between the moment a test picks it
 * and the moment a server binds it, a database or Kafka client connection may take it, and the server then fails
 * with "address in use". Below the ephemeral range only explicit binds take a port.
 */
public final class FreePorts {

    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final int LOWEST = 10_000;
    /** Ports handed out before in this JVM: free until their server starts, so never handed out twice. */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private FreePorts() {
    }

    /** One port free now. */
    public static int one() throws IOException {
        return range(1);
    }

    /** The first of {@code count} consecutive ports free now. */
    public static int range(int count) throws IOException {
        int[] window = window();
        if (window[1] - window[0] < count * 4) {
            return fromTheKernel(count);
        }
        for (int attempt = 0; attempt < 200; attempt++) {
            int first = ThreadLocalRandom.current().nextInt(window[0], window[1] - count);
            if (allFree(first, count) && handOut(first, count)) {
                return first;
            }
        }
        throw new IOException("no " + count + " consecutive free ports between " + window[0] + " and " + window[1]);
    }

    /** Ports below the ephemeral range, or above it when the range starts too low to leave room. */
    private static int[] window() {
        int low = 32_768;
        int high = 60_999;
        try {
            String[] bounds = Files.readAllLines(EPHEMERAL_RANGE).get(0).trim().split("\\s+");
            low = Integer.parseInt(bounds[0]);
            high = Integer.parseInt(bounds[1]);
        } catch (IOException | RuntimeException unreadable) {
            // not Linux, or not readable: keep the Linux default (a /proc file is read by lines: it reports no size)
        }
        if (low - LOWEST >= 2_000) {
            return new int[] {LOWEST, low};
        }
        return new int[] {Math.min(high + 1, 65_535), 65_535};
    }

    private static synchronized boolean handOut(int first, int count) {
        for (int port = first; port < first + count; port++) {
            if (HANDED_OUT.contains(port)) {
                return false;
            }
        }
        for (int port = first; port < first + count; port++) {
            HANDED_OUT.add(port);
        }
        return true;
    }

    private static boolean allFree(int first, int count) {
        for (int port = first; port < first + count; port++) {
            if (!free(port)) {
                return false;
            }
        }
        return true;
    }

    private static boolean free(int port) {
        try (ServerSocket any = new ServerSocket()) {
            any.bind(new InetSocketAddress(port));
        } catch (IOException taken) {
            return false;
        }
        try (ServerSocket loopback = new ServerSocket()) {
            loopback.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException taken) {
            return false;
        }
        return true;
    }

    private static int fromTheKernel(int count) throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int first;
            try (ServerSocket socket = new ServerSocket(0)) {
                first = socket.getLocalPort();
            }
            if (first + count <= 65_535 && allFree(first, count) && handOut(first, count)) {
                return first;
            }
        }
        throw new IOException("no " + count + " consecutive free ports");
    }
}
