package no.lis.tender.tendering.application;

import jakarta.inject.Inject;
import no.lis.tender.catalogue.domain.AtcCode;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.tendering.domain.ComparisonBasis;
import no.lis.tender.tendering.domain.Lot;
import no.lis.tender.tendering.domain.LotSpecification;
import no.lis.tender.tendering.domain.MarketSplit;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;
import no.lis.tender.tendering.domain.VolumeUnit;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A buyer adds a lot to a draft tender or changes one. Broken rules name fields such as {@code lots[0].title}. */
@UseCase
public class SaveLot {

    private final TenderRepository tenders;
    private final Clock clock;

    @Inject
    public SaveLot(TenderRepository tenders, Clock clock) {
        this.tenders = tenders;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected SaveLot() {
        this(null, null);
    }

    /** Returns the number of the lot saved. */
    public int save(SaveLotCommand command, String actor) {
        Tender tender = TenderEdits.load(tenders, command.tenderId(), command.version());
        boolean adding = command.lotNumber() == null;
        String path = Lot.path(adding ? tender.getLots().size() + 1 : command.lotNumber());
        Validation validation = new Validation();
        Set<AtcCode> substances = substances(validation, path + ".substances", command.atcCodes());
        VolumeUnit volumeUnit = Input.choice(validation, path + ".volumeUnit", VolumeUnit.class, command.volumeUnit());
        ComparisonBasis basis = Input.choice(validation, path + ".comparisonBasis", ComparisonBasis.class,
                command.comparisonBasis());
        MarketSplit split = Input.choice(validation, path + ".markets", MarketSplit.class, command.marketSplit());
        LotSpecification specification = Input.build(validation, path, () -> new LotSpecification(command.title(),
                command.indication(), substances, command.estimatedAnnualVolume(), volumeUnit, basis,
                command.treatmentPeriodDays(), split == null ? null : split.markets(), command.scenarios()));
        validation.throwIfInvalid();
        if (adding) {
            return tender.addLot(specification, actor, clock).getNumber();
        }
        tender.reviseLot(command.lotNumber(), specification, actor, clock);
        return command.lotNumber();
    }

    private static Set<AtcCode> substances(Validation validation, String field, List<String> codes) {
        Set<AtcCode> substances = new LinkedHashSet<>();
        if (codes != null) {
            codes.stream().filter(code -> code != null && !code.isBlank())
                    .map(code -> validation.field(field, () -> new AtcCode(code)))
                    .filter(Objects::nonNull)
                    .forEach(substances::add);
        }
        return substances;
    }
}
