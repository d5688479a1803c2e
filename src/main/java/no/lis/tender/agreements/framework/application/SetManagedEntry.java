package no.lis.tender.agreements.framework.application;

import jakarta.inject.Inject;
import no.lis.tender.agreements.framework.domain.AgreementKind;
import no.lis.tender.agreements.framework.domain.ManagedEntryAgreement;
import no.lis.tender.agreements.framework.domain.ManagedEntryAgreementRepository;
import no.lis.tender.agreements.framework.domain.ManagedEntryKind;
import no.lis.tender.agreements.framework.domain.ManagedEntryTerms;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.application.UseCase;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.shared.domain.Versions;

import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The buyer agrees, or revises, the managed-entry agreement on a direct or framework agreement
 * (a temporary price is renewed by a revision with a new re-assessment date).
 */
@UseCase
public class SetManagedEntry {

    private final ManagedEntryAgreementRepository meas;
    private final AgreementPricing pricing;
    private final Clock clock;

    @Inject
    public SetManagedEntry(ManagedEntryAgreementRepository meas, AgreementPricing pricing, Clock clock) {
        this.meas = meas;
        this.pricing = pricing;
        this.clock = clock;
    }

    /** For the CDI proxy. */
    protected SetManagedEntry() {
        this(null, null, null);
    }

    /**
     * Sets the MEA on agreement {@code agreementKind}/{@code agreementId} as {@code command} says, at
     * the version the buyer saw; see {@link ManagedEntryAgreement#agree} for the rules.
     */
    public ManagedEntryAgreement set(AgreementKind agreementKind, Long agreementId, ManagedEntryCommand command,
                                     String buyer) {
        Validation validation = new Validation();
        Varenummer line = command.varenummer() == null || command.varenummer().isBlank() ? null
                : validation.field("varenummer", () -> new Varenummer(command.varenummer().strip()));
        ManagedEntryKind kind = validation.required(command.kind(), "kind")
                ? validation.field("kind", () -> parse(ManagedEntryKind.class, command.kind())) : null;
        ManagedEntryTerms.CapBasis basis = kind == ManagedEntryKind.PRICE_VOLUME_CAP && command.capBasis() != null
                && !command.capBasis().isBlank()
                ? validation.field("capBasis", () -> parse(ManagedEntryTerms.CapBasis.class, command.capBasis())) : null;
        validation.throwIfInvalid();
        AgreementPricing.PricedAgreement priced = pricing.of(agreementKind, agreementId, line);
        ManagedEntryTerms terms = terms(kind, basis, command);
        Optional<ManagedEntryAgreement> existing = meas.findByAgreement(agreementKind, agreementId);
        if (existing.isPresent()) {
            Versions.require(existing.get().getVersion(), command.version());
            existing.get().revise(line, command.estimatedPacks(), terms, priced.pricePerPack(), buyer, clock);
            return existing.get();
        }
        Versions.requireNone(command.version());
        return meas.save(ManagedEntryAgreement.agree(agreementKind, agreementId, line, command.estimatedPacks(), terms,
                priced.pricePerPack(), buyer, clock));
    }

    private static ManagedEntryTerms terms(ManagedEntryKind kind, ManagedEntryTerms.CapBasis basis,
                                           ManagedEntryCommand c) {
        return switch (kind) {
            case FLAT_REBATE -> new ManagedEntryTerms.FlatRebate(c.rebatePercent());
            case VOLUME_TIERS -> new ManagedEntryTerms.VolumeTiers(c.tiers().stream()
                    .map(t -> t == null ? new ManagedEntryTerms.VolumeTier(null, null)
                            : new ManagedEntryTerms.VolumeTier(t.fromPacks(), t.pricePerPack()))
                    .toList());
            case PRICE_VOLUME_CAP -> new ManagedEntryTerms.PriceVolumeCap(basis, c.cap(), c.paybackPercent());
            case OUTCOME_BASED -> new ManagedEntryTerms.OutcomeBasedPayment(c.pricePerPatient(), c.packsPerPatient(),
                    c.responderPercent());
            case TEMPORARY_PRICE -> new ManagedEntryTerms.TemporaryPrice(c.temporaryPrice(), c.reassessBy());
        };
    }

    /** The constant of {@code type} named {@code text}; {@code mea.choice.unknown} naming those there are. */
    private static <E extends Enum<E>> E parse(Class<E> type, String text) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException(null, "mea.choice.unknown", Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
