package no.lis.tender.shared.application;

import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Violation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParallelWorkTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void resultsComeInTheItemsOrderAndTheWorkRunsOnTheGivenExecutor() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Integer> items = IntStream.range(0, 1000).boxed().toList();

        List<Integer> squares = ParallelWork.on(pool).map(items, i -> {
            threads.add(Thread.currentThread().getName());
            return i * i;
        });

        assertThat(squares).containsExactlyElementsOf(items.stream().map(i -> i * i).toList());
        assertThat(threads).allSatisfy(name -> assertThat(name).startsWith("pool-"));
    }

    @Test
    void aFewItemsStayOnTheCallersThread() {
        String caller = Thread.currentThread().getName();

        assertThat(ParallelWork.on(pool).map(List.of(1, 2, 3), i -> Thread.currentThread().getName()))
                .containsOnly(caller);
    }

    @Test
    void aRefusalOfOneItemIsThrownAsItself() {
        List<Integer> items = IntStream.range(0, 200).boxed().toList();

        assertThatThrownBy(() -> ParallelWork.on(pool).map(items, i -> {
            if (i == 150) {
                throw new DomainException("offer", "validation.required");
            }
            return i;
        })).isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.violations())
                .containsExactly(new Violation("offer", "validation.required")));
    }
}
