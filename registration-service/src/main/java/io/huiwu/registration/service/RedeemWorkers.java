package io.huiwu.registration.service;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that run scans' database work: as many as the connection pool has connections. Scans wait in a queue
 * for a thread, not on the pool for a connection; a thread never waits for a connection, and the threads that run
 * stay few on a machine with few cores.
 */
@ApplicationScoped
public class RedeemWorkers implements Executor {

    private final ExecutorService threads;

    public RedeemWorkers(@ConfigProperty(name = "quarkus.datasource.jdbc.max-size") int connections) {
        AtomicInteger count = new AtomicInteger();
        this.threads = new ThreadPoolExecutor(connections, connections, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "redeem-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    @Override
    public void execute(Runnable command) {
        threads.execute(command);
    }

    @PreDestroy
    void stop() {
        threads.shutdown();
    }
}
