package no.lis.tender.documents.domain;

import java.time.Instant;
import java.util.List;

/** The price form: the lots to be priced, each with empty lines for the products offered. */
public record PriceFormContent(String reference, String title, Instant submissionDeadline, List<LotSection> lots) {

    public PriceFormContent {
        lots = List.copyOf(lots);
    }
}
