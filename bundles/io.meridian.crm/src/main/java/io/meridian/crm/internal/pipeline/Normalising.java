package io.meridian.crm.internal.pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs the per-record work of an import (normalising, working out its keys) on the machine's
 * cores while the import's own thread reads the file, matches and stores. Work is added in file
 * order and its results reach {@code downstream} in that order, on the thread that adds: a chunk
 * at a time, once the chunk is done. At most {@link #IN_FLIGHT} chunks wait, so memory stays
 * bounded whatever the size of the file, and an exception of the downstream (a cancelled import)
 * leaves nothing running once this is closed.
 *
 * @param <T> what one piece of work yields
 */
final class Normalising<T> implements AutoCloseable {

    static final int CHUNK = 256;
    private static final int IN_FLIGHT = 4;

    private final ExecutorService workers;
    private final Consumer<T> downstream;
    private final ArrayDeque<Future<List<T>>> inFlight = new ArrayDeque<>();
    private List<Supplier<T>> chunk = new ArrayList<>(CHUNK);

    /**
     * @param name names the worker threads, for thread dumps
     * @param threads how many workers
     */
    Normalising(String name, int threads, Consumer<T> downstream) {
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(Math.max(1, threads), task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.downstream = downstream;
    }

    /** The workers an import uses: every core, since the import's own thread waits for them part of the time. */
    static int threads() {
        return Runtime.getRuntime().availableProcessors();
    }

    void add(Supplier<T> work) {
        chunk.add(work);
        if (chunk.size() >= CHUNK) submit();
    }

    /** Hands on the results of everything added so far. */
    void drain() {
        submit();
        while (!inFlight.isEmpty()) handOn(inFlight.poll());
    }

    private void submit() {
        if (chunk.isEmpty()) return;
        List<Supplier<T>> work = chunk;
        chunk = new ArrayList<>(CHUNK);
        inFlight.add(workers.submit(() -> {
            List<T> results = new ArrayList<>(work.size());
            for (Supplier<T> piece : work) results.add(piece.get());
            return results;
        }));
        while (inFlight.size() > IN_FLIGHT) handOn(inFlight.poll());
    }

    private void handOn(Future<List<T>> done) {
        List<T> results;
        try {
            results = done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while records were normalised", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error error) throw error;
            throw new IllegalStateException(e.getCause());
        }
        for (T result : results) downstream.accept(result);
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
