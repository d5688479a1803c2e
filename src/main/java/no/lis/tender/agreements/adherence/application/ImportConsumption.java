package no.lis.tender.agreements.adherence.application;

import jakarta.inject.Inject;
import no.lis.tender.agreements.adherence.domain.Consumption;
import no.lis.tender.agreements.adherence.domain.ConsumptionCsv;
import no.lis.tender.agreements.adherence.domain.ConsumptionRecord;
import no.lis.tender.agreements.adherence.domain.ConsumptionRecordRepository;
import no.lis.tender.catalogue.domain.Product;
import no.lis.tender.catalogue.domain.ProductRepository;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.Spreadsheets;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A buyer imports a consumption file (CSV: hospital trust, varenummer, month, packs; the format in
 * {@link ConsumptionCsv}), or the same four columns as a spreadsheet (XLSX, told by its content),
 * checked by the same rules. The whole file is one transaction: a file with any bad line is refused
 * with every error by line number, and nothing of it is stored; an accepted file replaces what was
 * stored before for each of its trusts and months.
 */
@UseCase
public class ImportConsumption {

    private final ConsumptionRecordRepository records;
    private final ProductRepository products;
    private final Spreadsheets spreadsheets;
    private final Clock clock;

    @Inject
    public ImportConsumption(ConsumptionRecordRepository records, ProductRepository products, Spreadsheets spreadsheets,
                             Clock clock) {
        this.records = records;
        this.products = products;
        this.spreadsheets = spreadsheets;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected ImportConsumption() {
        this(null, null, null, null);
    }

    /** Imports {@code content} as {@code buyer}; a refused file is a {@code DomainException} with one violation per error. */
    public ConsumptionImported importFile(byte[] content, String buyer) {
        byte[] file = content == null ? new byte[0] : content;
        // an XLSX file is a zip archive, which starts with "PK\3\4"; a CSV file starts with its header
        ConsumptionCsv.Result result = isZip(file)
                ? ConsumptionCsv.parseRows(spreadsheets.read(file, "file", ConsumptionCsv.MAX_LINES + 1))
                : ConsumptionCsv.parse(file);
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

    private static boolean isZip(byte[] file) {
        return file.length >= 4 && file[0] == 'P' && file[1] == 'K' && file[2] == 3 && file[3] == 4;
    }
}
