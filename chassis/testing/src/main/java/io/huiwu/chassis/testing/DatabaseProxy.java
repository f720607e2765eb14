package io.huiwu.chassis.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A TCP relay between a service under test and its PostgreSQL server, so that tests can make the database fail the
 * way it does in production: {@link #cut()} drops every connection and refuses new ones until {@link #restore()};
 * {@link #loseTheAnswerToTheCommitOf(String)} lets the server commit the next transaction that sent the given text
 * and drops the connection before the answer reaches the service, which then cannot know whether it committed.
 * Otherwise it passes every byte through.
 */
public final class DatabaseProxy implements AutoCloseable {

    private static final byte[] COMMIT = "COMMIT".getBytes(StandardCharsets.US_ASCII);

    private final int targetPort;
    private final ServerSocket server;
    private final Set<Pair> pairs = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;
    private final AtomicReference<byte[]> commitToLose = new AtomicReference<>();

    public DatabaseProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.server = new ServerSocket();
        server.bind(new InetSocketAddress("localhost", 0));
        Thread acceptor = new Thread(this::accept, "database-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Drops every open connection and refuses new ones, as a database that went away. */
    public void cut() {
        cut = true;
        pairs.forEach(Pair::close);
    }

    /** Lets connections through again, as a database that came back. */
    public void restore() {
        cut = false;
    }

    /**
     * The next transaction whose statements carry {@code marker} (a value unique to the test) commits on the server,
     * but its connection is dropped before the server's answer to COMMIT reaches the service.
     */
    public void loseTheAnswerToTheCommitOf(String marker) {
        commitToLose.set(marker.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the armed commit has happened (and its answer was dropped). */
    public boolean commitAnswerLost() {
        return commitToLose.get() == null;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (cut) {
                    client.close();
                    continue;
                }
                Socket backend = new Socket("localhost", targetPort);
                Pair pair = new Pair(client, backend);
                pairs.add(pair);
                pair.start();
            } catch (IOException e) {
                if (server.isClosed()) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        pairs.forEach(Pair::close);
    }

    /** One connection: the service's side and the server's, copied both ways. */
    private final class Pair {
        private final Socket client;
        private final Socket backend;
        /** Set once this connection's transaction carried the marker; then its COMMIT's answer is dropped. */
        private volatile boolean marked;

        Pair(Socket client, Socket backend) {
            this.client = client;
            this.backend = backend;
        }

        void start() {
            Thread up = new Thread(() -> copy(client, backend, true), "database-proxy-up");
            Thread down = new Thread(() -> copy(backend, client, false), "database-proxy-down");
            up.setDaemon(true);
            down.setDaemon(true);
            up.start();
            down.start();
        }

        private void copy(Socket from, Socket to, boolean towardsServer) {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    if (towardsServer) {
                        byte[] marker = commitToLose.get();
                        if (marker != null && contains(buffer, read, marker)) {
                            marked = true;
                        }
                    } else if (marked && contains(buffer, read, COMMIT)) {
                        // the server reports the commit done (its CommandComplete carries the tag COMMIT, however
                        // the driver sent it): the service never hears of it
                        marked = false;
                        commitToLose.set(null);
                        close();
                        return;
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // one side went away: so does the other
            } finally {
                close();
            }
        }

        void close() {
            pairs.remove(this);
            try {
                client.close();
            } catch (IOException ignored) {
                // already closed
            }
            try {
                backend.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }

    private static boolean contains(byte[] buffer, int length, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (buffer[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
