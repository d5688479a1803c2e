package no.lis.tender.agreements.adherence.application;

import jakarta.inject.Inject;
import no.lis.tender.agreements.adherence.domain.Consumption;
import no.lis.tender.agreements.adherence.domain.ConsumptionCsv;
import no.lis.tender.agreements.adherence.domain.ConsumptionRecord;
import no.lis.tender.agreements.adherence.domain.ConsumptionRecordRepository;
import no.lis.tender.catalogue.domain.Product;
import no.lis.tender.catalogue.domain.ProductRepository;
import no.lis.tender.shared.application.UseCase;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A buyer imports a consumption file (CSV: hospital trust, varenummer, month, packs; the format in
 * {@link ConsumptionCsv}). The whole file is one transaction: a file with any bad line is refused
 * with every error by line number, and nothing of it is stored; an accepted file replaces what was
 * stored before for each of its trusts and months.
 */
@UseCase
public class ImportConsumption {

    private final ConsumptionRecordRepository records;
    private final ProductRepository products;
    private final Clock clock;

    @Inject
    public ImportConsumption(ConsumptionRecordRepository records, ProductRepository products, Clock clock) {
        this.records = records;
        this.products = products;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected ImportConsumption() {
        this(null, null, null);
    }

    /** Imports {@code content} as {@code buyer}; a refused file is a {@code DomainException} with one violation per error. */
    public ConsumptionImported importFile(byte[] content, String buyer) {
        ConsumptionCsv.Result result = ConsumptionCsv.parse(content == null ? new byte[0] : content);
        if (result instanceof ConsumptionCsv.Accepted accepted) {
            // one look-up for the whole file: the catalogue's packs among those it names
            result = accepted.requireKnownProducts(products.findByVarenumre(accepted.varenumre()).stream()
                    .map(Product::getVarenummer).collect(Collectors.toSet()));
        }
        if (result instanceof ConsumptionCsv.Refused refused) {
            throw refused.toException();
        }
        List<Consumption> lines = ((ConsumptionCsv.Accepted) result).lines();
        records.replace(lines.stream().map(line -> ConsumptionRecord.imported(line, buyer, clock)).toList());
        return new ConsumptionImported(lines.size(),
                List.copyOf(new TreeSet<>(lines.stream().map(Consumption::hospitalTrust).toList())),
                new TreeSet<>(lines.stream().map(Consumption::month).toList()).stream().map(YearMonth::toString).toList());
    }
}
