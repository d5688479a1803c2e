package no.lis.tender.agreements.framework.domain;

import no.lis.tender.shared.domain.Money;
import no.lis.tender.shared.domain.Validation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * The terms of a managed-entry agreement (MEA) on top of the agreed price, one of five kinds as
 * Sykehusinnkjøp and the Nye metoder system use them: a confidential flat rebate, volume tiers, a
 * price-volume cap with payback, payment per responder, and a temporary price until a
 * re-assessment. Each kind checks its own figures ({@link #check}) and reckons what a yearly volume
 * of packs costs under it ({@link #cost}). Percentages have at most two decimals; amounts in NOK at
 * most two (øre); volumes are packs with at most three decimals.
 */
public sealed interface ManagedEntryTerms {

    BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The kind, as stored and shown ({@code ManagedEntryKind.X} in the bundles). */
    ManagedEntryKind kind();

    /**
     * Records every broken rule of the figures, each under its field; {@code agreedPrice} is the
     * agreement's price per pack the terms come on top of.
     */
    void check(Validation validation, BigDecimal agreedPrice);

    /**
     * What {@code packs} cost in an agreement year under these terms, at the agreement's price per
     * pack {@code agreedPrice}, the maximum price {@code maximumPrice} (for a temporary price after
     * its re-assessment date), on the day {@code asOf}.
     */
    ManagedEntryCost cost(BigDecimal packs, BigDecimal agreedPrice, BigDecimal maximumPrice, LocalDate asOf);

    /** Whether the terms call for a decision by {@code dueBy} (a temporary price's re-assessment); false for the others. */
    default boolean isDueBy(LocalDate dueBy) {
        return false;
    }

    /**
     * A confidential flat rebate in percent off the agreed price, settled afterwards: the hospitals
     * pay the agreed price, the supplier pays the rebate back.
     */
    record FlatRebate(BigDecimal rebatePercent) implements ManagedEntryTerms {

        @Override
        public ManagedEntryKind kind() {
            return ManagedEntryKind.FLAT_REBATE;
        }

        @Override
        public void check(Validation validation, BigDecimal agreedPrice) {
            percent(validation, "rebatePercent", rebatePercent, false);
        }

        @Override
        public ManagedEntryCost cost(BigDecimal packs, BigDecimal agreedPrice, BigDecimal maximumPrice, LocalDate asOf) {
            Money gross = Money.of(agreedPrice).times(packs);
            return ManagedEntryCost.of(packs, gross, gross.times(rebatePercent.divide(HUNDRED)), Money.ZERO);
        }
    }

    /**
     * Volume tiers: the packs above each tier's yearly volume cost that tier's lower price, up to the
     * next tier (a marginal scale, as income tax: exactly at a tier's volume nothing is at its price
     * yet, one pack above it is). Tiers in rising volume with falling prices, each below the agreed price.
     */
    record VolumeTiers(List<VolumeTier> tiers) implements ManagedEntryTerms {

        public VolumeTiers {
            tiers = List.copyOf(tiers);
        }

        @Override
        public ManagedEntryKind kind() {
            return ManagedEntryKind.VOLUME_TIERS;
        }

        @Override
        public void check(Validation validation, BigDecimal agreedPrice) {
            validation.check(!tiers.isEmpty(), "tiers", "mea.tiers.required");
            BigDecimal previousVolume = null;
            BigDecimal previousPrice = agreedPrice;
            for (int i = 0; i < tiers.size(); i++) {
                VolumeTier tier = tiers.get(i);
                String path = "tiers[" + i + "].";
                BigDecimal volume = packs(validation, path + "fromPacks", tier == null ? null : tier.fromPacks());
                BigDecimal price = amount(validation, path + "pricePerPack", tier == null ? null : tier.pricePerPack());
                if (volume != null) {
                    validation.check(previousVolume == null || volume.compareTo(previousVolume) > 0,
                            path + "fromPacks", "mea.tiers.volumeOrder");
                    previousVolume = volume;
                }
                if (price != null && previousPrice != null) {
                    validation.check(price.compareTo(previousPrice) < 0, path + "pricePerPack",
                            "mea.tiers.priceOrder", Money.of(previousPrice));
                }
                if (price != null) {
                    previousPrice = price;
                }
            }
        }

        @Override
        public ManagedEntryCost cost(BigDecimal packs, BigDecimal agreedPrice, BigDecimal maximumPrice, LocalDate asOf) {
            Money gross = Money.of(agreedPrice).times(packs);
            BigDecimal net = BigDecimal.ZERO;
            BigDecimal price = agreedPrice;
            BigDecimal from = BigDecimal.ZERO;
            for (VolumeTier tier : tiers) {
                net = net.add(price.multiply(between(packs, from, tier.fromPacks())));
                from = tier.fromPacks();
                price = tier.pricePerPack();
            }
            net = net.add(price.multiply(packs.subtract(from).max(BigDecimal.ZERO)));
            return ManagedEntryCost.of(packs, gross, gross.minus(Money.of(net)), Money.ZERO);
        }

        /** The packs of {@code packs} that fall above {@code from} and up to {@code to}. */
        private static BigDecimal between(BigDecimal packs, BigDecimal from, BigDecimal to) {
            return packs.min(to).subtract(from).max(BigDecimal.ZERO);
        }
    }

    /** One tier: the packs a year above {@code fromPacks} cost {@code pricePerPack}. */
    record VolumeTier(BigDecimal fromPacks, BigDecimal pricePerPack) {
    }

    /**
     * A price-volume cap: above a yearly cost (at the agreed price) or a yearly volume of packs, the
     * supplier pays back {@code paybackPercent} of the excess cost.
     */
    record PriceVolumeCap(CapBasis basis, BigDecimal cap, BigDecimal paybackPercent) implements ManagedEntryTerms {

        @Override
        public ManagedEntryKind kind() {
            return ManagedEntryKind.PRICE_VOLUME_CAP;
        }

        @Override
        public void check(Validation validation, BigDecimal agreedPrice) {
            validation.required(basis, "capBasis");
            if (basis == CapBasis.VOLUME) {
                packs(validation, "cap", cap);
            } else {
                amount(validation, "cap", cap);
            }
            percent(validation, "paybackPercent", paybackPercent, true);
        }

        @Override
        public ManagedEntryCost cost(BigDecimal packs, BigDecimal agreedPrice, BigDecimal maximumPrice, LocalDate asOf) {
            Money gross = Money.of(agreedPrice).times(packs);
            BigDecimal excess = basis == CapBasis.VOLUME
                    ? packs.subtract(cap).max(BigDecimal.ZERO).multiply(agreedPrice)
                    : gross.amount().subtract(cap).max(BigDecimal.ZERO);
            return ManagedEntryCost.of(packs, gross, Money.ZERO,
                    Money.of(excess.multiply(paybackPercent).divide(HUNDRED)));
        }
    }

    /** What a price-volume cap is set on. */
    enum CapBasis { COST, VOLUME }

    /**
     * Payment per responder: a price per treated patient, paid only for those who respond. Patients
     * are the packs over {@code packsPerPatient} (a year's treatment); the responder share is entered
     * as a percent, from the follow-up registry or the assessment.
     */
    record OutcomeBasedPayment(BigDecimal pricePerPatient, BigDecimal packsPerPatient,
                               BigDecimal responderPercent) implements ManagedEntryTerms {

        @Override
        public ManagedEntryKind kind() {
            return ManagedEntryKind.OUTCOME_BASED;
        }

        @Override
        public void check(Validation validation, BigDecimal agreedPrice) {
            amount(validation, "pricePerPatient", pricePerPatient);
            packs(validation, "packsPerPatient", packsPerPatient);
            percent(validation, "responderPercent", responderPercent, true);
        }

        @Override
        public ManagedEntryCost cost(BigDecimal packs, BigDecimal agreedPrice, BigDecimal maximumPrice, LocalDate asOf) {
            BigDecimal patients = patients(packs);
            Money everyPatient = Money.of(pricePerPatient).times(patients);
            Money responders = Money.of(pricePerPatient.multiply(patients).multiply(responderPercent).divide(HUNDRED));
            return ManagedEntryCost.of(packs, everyPatient, everyPatient.minus(responders), Money.ZERO);
        }

        /** The patients treated a year with {@code packs}, to two decimals. */
        public BigDecimal patients(BigDecimal packs) {
            return packs.divide(packsPerPatient, 2, RoundingMode.HALF_UP);
        }
    }

    /**
     * A temporary price per pack until the re-assessment date (included); after it the maximum price
     * applies unless the agreement is renewed with a new date. The re-assessment is due from
     * {@value ManagedEntryAgreement#REASSESSMENT_NOTICE_DAYS} days before its date.
     */
    record TemporaryPrice(BigDecimal temporaryPrice, LocalDate reassessBy) implements ManagedEntryTerms {

        @Override
        public ManagedEntryKind kind() {
            return ManagedEntryKind.TEMPORARY_PRICE;
        }

        @Override
        public void check(Validation validation, BigDecimal agreedPrice) {
            amount(validation, "temporaryPrice", temporaryPrice);
            validation.required(reassessBy, "reassessBy");
        }

        @Override
        public ManagedEntryCost cost(BigDecimal packs, BigDecimal agreedPrice, BigDecimal maximumPrice, LocalDate asOf) {
            Money gross = Money.of(temporaryPrice).times(packs);
            Money applying = Money.of(priceOn(asOf, maximumPrice)).times(packs);
            return ManagedEntryCost.of(packs, gross, gross.minus(applying), Money.ZERO);
        }

        /** The price per pack that applies on {@code day}: the temporary price to its date, then the maximum price. */
        public BigDecimal priceOn(LocalDate day, BigDecimal maximumPrice) {
            return day.isAfter(reassessBy) ? maximumPrice : temporaryPrice;
        }

        @Override
        public boolean isDueBy(LocalDate dueBy) {
            return !reassessBy.isAfter(dueBy);
        }
    }

    private static BigDecimal percent(Validation validation, String field, BigDecimal value, boolean hundredAllowed) {
        if (!validation.required(value, field)) {
            return null;
        }
        boolean inRange = value.signum() > 0 && (hundredAllowed ? value.compareTo(HUNDRED) <= 0 : value.compareTo(HUNDRED) < 0);
        return validation.check(inRange && value.stripTrailingZeros().scale() <= 2, field,
                hundredAllowed ? "mea.percent.upToHundred" : "mea.percent.belowHundred") ? value : null;
    }

    private static BigDecimal amount(Validation validation, String field, BigDecimal value) {
        return validation.required(value, field) && validation.check(value.signum() > 0
                && value.stripTrailingZeros().scale() <= Money.SCALE, field, "mea.amount.invalid") ? value : null;
    }

    private static BigDecimal packs(Validation validation, String field, BigDecimal value) {
        return validation.required(value, field) && validation.check(value.signum() > 0
                && value.stripTrailingZeros().scale() <= ManagedEntryAgreement.PACKS_SCALE, field,
                "mea.packs.invalid") ? value : null;
    }

    /** Packs checked as a volume under {@code field}: above zero, at most three decimals. */
    static BigDecimal checkPacks(Validation validation, String field, BigDecimal value) {
        return packs(validation, field, value);
    }
}
