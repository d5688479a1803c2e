package no.lis.tender.architecture;

import no.lis.tender.architecture.PricedPaths.Endpoint;
import no.lis.tender.shared.application.PricedRead;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No path gives prices without being logged: every REST resource method and every page view whose
 * answer can carry a price-like field (a price, a price per DDD, price points, savings, a rebate),
 * found in the compiled classes, must be marked {@link PricedRead} (and is then logged and called
 * by {@code PricedPathsIT}) or {@link PricedRead.Exempt} with the reason. A new path that returns
 * prices fails this test until someone decides.
 */
class PricedReadsTest {

    @Test
    void everyResourceMethodThatCanAnswerWithPricesIsMarked() {
        List<String> unmarked = new ArrayList<>();
        for (Endpoint endpoint : PricedPaths.endpoints()) {
            Optional<String> prices = PricedPaths.prices(endpoint);
            if (prices.isPresent() && !endpoint.isPricedRead() && !endpoint.isExempt()) {
                unmarked.add(endpoint + ": " + prices.get());
            }
        }
        assertThat(unmarked).as("resource methods that can answer with prices, neither @PricedRead nor "
                + "@PricedRead.Exempt").isEmpty();
    }

    @Test
    void everyViewThatCanShowPricesIsMarked() {
        List<String> unmarked = new ArrayList<>();
        for (Class<?> view : PricedPaths.views()) {
            Optional<String> prices = PricedPaths.prices(view);
            if (prices.isPresent() && !view.isAnnotationPresent(PricedRead.class)
                    && !view.isAnnotationPresent(PricedRead.Exempt.class)) {
                unmarked.add(view.getSimpleName() + ": " + prices.get());
            }
        }
        assertThat(unmarked).as("views that can show prices, neither @PricedRead nor @PricedRead.Exempt").isEmpty();
    }

    @Test
    void aMarkIsEitherPricedOrExemptWithAReason() {
        List<String> both = new ArrayList<>();
        PricedPaths.endpoints().stream().filter(e -> e.isPricedRead() && e.isExempt()).forEach(e -> both.add(e.toString()));
        PricedPaths.views().stream().filter(v -> v.isAnnotationPresent(PricedRead.class)
                && v.isAnnotationPresent(PricedRead.Exempt.class)).forEach(v -> both.add(v.getSimpleName()));
        assertThat(both).isEmpty();
        assertThat(PricedPaths.endpoints()).filteredOn(Endpoint::isExempt)
                .allSatisfy(e -> assertThat(e.method().getAnnotation(PricedRead.Exempt.class).value()).isNotBlank());
    }

    @Test
    void theScanFindsTheKnownPricedPaths() {
        assertThat(PricedPaths.endpoints()).extracting(Endpoint::key)
                .contains("GET /api/recommendations/{id}/priced", "GET /api/tenders/{tenderId}/evaluation/ranking");
        assertThat(PricedPaths.endpoints()).filteredOn(e -> e.key().equals("GET /api/tenders/{tenderId}/evaluation/ranking"))
                .singleElement().satisfies(e -> assertThat(PricedPaths.prices(e)).isPresent());
        assertThat(PricedPaths.views()).extracting(Class::getSimpleName).contains("EvaluationView");
    }
}
