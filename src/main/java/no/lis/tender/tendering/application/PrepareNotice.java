package no.lis.tender.tendering.application;

import jakarta.inject.Inject;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.tendering.domain.CpvCode;
import no.lis.tender.tendering.domain.Lot;
import no.lis.tender.tendering.domain.TenderRepository;

import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

/** A buyer sets the estimated value of a draft and the CPV code of its lots, which its eForms notices carry. */
@UseCase
public class PrepareNotice {

    private final TenderRepository tenders;
    private final Clock clock;

    @Inject
    public PrepareNotice(TenderRepository tenders, Clock clock) {
        this.tenders = tenders;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected PrepareNotice() {
        this(null, null);
    }

    /** A code that does not read as a pharmaceutical CPV code is reported under {@code lots[i].cpv}; then as the tender says. */
    public void prepare(PrepareNoticeCommand command, String actor) {
        var tender = TenderEdits.load(tenders, command.tenderId(), command.version());
        Validation validation = new Validation();
        Map<Integer, CpvCode> codes = new TreeMap<>();
        command.cpvByLot().forEach((number, text) -> {
            if (number != null) {
                CpvCode code = validation.field(Lot.path(number) + ".cpv", () -> new CpvCode(text));
                if (code != null) {
                    codes.put(number, code);
                }
            }
        });
        validation.throwIfInvalid();
        tender.prepareNotice(command.estimatedValue(), codes, actor, clock);
    }
}
