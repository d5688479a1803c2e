package no.lis.tender.shared.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Pure computation spread over the cores on the container's managed executor (Concurrency 3.1), not
 * on the JVM's common ForkJoin pool: the server sizes, names and stops the threads. Work handed in
 * must not touch managed entities or the persistence context: callers read what the work needs on
 * their own thread first (see docs/architecture.md).
 */
@ApplicationScoped
public class ParallelWork {

    /** Below this many items the work runs on the caller's thread: handing it over costs more. */
    static final int SMALL = 16;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService managed;

    private final Executor given;

    public ParallelWork() {
        this(null);
    }

    private ParallelWork(Executor given) {
        this.given = given;
    }

    /** Work on {@code executor}: for tests and benchmarks outside the container. */
    public static ParallelWork on(Executor executor) {
        return new ParallelWork(executor);
    }

    /**
     * {@code work} applied to each item, results in the items' order. An exception thrown by the
     * work is thrown here as it was thrown (a refusal of one item refuses the whole).
     */
    public <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> work) {
        Executor executor = given != null ? given : managed;
        if (items.size() < SMALL || executor == null) {
            return items.stream().<R>map(work).toList();
        }
        int chunks = Math.min(items.size() / SMALL, Runtime.getRuntime().availableProcessors() * 2);
        int size = (items.size() + chunks - 1) / chunks;
        List<CompletableFuture<List<R>>> parts = new ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            List<T> part = items.subList(from, Math.min(items.size(), from + size));
            parts.add(CompletableFuture.supplyAsync(() -> part.stream().<R>map(work).toList(), executor));
        }
        List<R> results = new ArrayList<>(items.size());
        try {
            parts.forEach(part -> results.addAll(part.join()));
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw failed;
        }
        return results;
    }
}
