package no.lis.tender.agreements.recommendations.domain;

import no.lis.tender.catalogue.domain.GroupMember;
import no.lis.tender.catalogue.domain.Profession;
import no.lis.tender.catalogue.domain.SpecialistGroup;
import no.lis.tender.catalogue.domain.TherapeuticArea;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.Stored;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Recommendations of rheumatology (area 7) for the tests: adalimumab biosimilars and etanercept. */
public final class RecommendationFixtures {

    public static final long AREA_ID = 7L;
    public static final String MEMBER = "siri.spesialist";
    public static final String BUYER = "kari.buyer";
    public static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Oslo"));
    public static final LocalDate FROM = LocalDate.of(2026, 3, 1);
    public static final LocalDate TO = LocalDate.of(2028, 2, 29);
    public static final String RA = "Revmatoid artritt";
    public static final String CROHN = "Crohns sykdom";
    public static final Varenummer HYRIMOZ = new Varenummer("123456");
    public static final Varenummer AMGEVITA = new Varenummer("234567");
    public static final Varenummer BENEPALI = new Varenummer("345678");

    private RecommendationFixtures() {
    }

    public static RecommendationLine line(String indication, int rank, Varenummer varenummer, String name,
                                          String price) {
        return line(indication, rank, varenummer, name, price, null);
    }

    public static RecommendationLine line(String indication, int rank, Varenummer varenummer, String name,
                                          String price, String comment) {
        return RecommendationLine.of(indication, rank, new RecommendedProduct(name, varenummer, "Sandoz AS", 41L),
                comment, LinePrices.perPackAndDdd(new BigDecimal(price), perDdd(price, ADALIMUMAB_PACK_DDDS)));
    }

    /** The DDDs in a pack of two 40 mg pens of adalimumab (DDD 2.9 mg). */
    public static final BigDecimal ADALIMUMAB_PACK_DDDS = new BigDecimal("27.5862");

    /** {@code price} per pack of {@code ddds} DDDs, per DDD with four decimals, as a line made from the catalogue has it. */
    public static BigDecimal perDdd(String price, BigDecimal ddds) {
        return new BigDecimal(price).divide(ddds, 4, java.math.RoundingMode.HALF_UP);
    }

    /** A draft of version 1 with Hyrimoz 1st and Amgevita 2nd for RA, and Benepali 1st for Crohn's. */
    public static Recommendation draft() {
        Recommendation draft = Recommendation.draft(AREA_ID, FROM, TO, BUYER, CLOCK);
        draft.addLine(line(RA, 1, HYRIMOZ, "Hyrimoz", "8390.00", "For nye pasienter"));
        draft.addLine(line(RA, 2, AMGEVITA, "Amgevita", "9100.50"));
        draft.addLine(line(CROHN, 1, BENEPALI, "Benepali", "4200.00"));
        return draft;
    }

    /** The area's specialist group, with {@link #MEMBER} in it. */
    public static SpecialistGroup group(long areaId) {
        TherapeuticArea area = new TherapeuticArea("REUMA", "Revmatologi");
        assignId(area, areaId);
        SpecialistGroup group = new SpecialistGroup("Spesialistgruppen for revmatologi", area);
        group.addMember(new GroupMember("Siri Spesialist", "siri@example.no", Profession.CLINICIAN, MEMBER));
        return group;
    }

    /** {@code draft} approved and published, superseding {@code inForce} (or none), with id {@code id}. */
    public static Recommendation published(Recommendation draft, Recommendation inForce, long id) {
        draft.approve(group(AREA_ID), MEMBER, CLOCK);
        draft.publish(BUYER, inForce, CLOCK);
        assignId(draft, id);
        return draft;
    }

    /** Version 1 of {@link #draft()}, published, id 100. */
    public static Recommendation publishedFirst() {
        return published(draft(), null, 100L);
    }

    public static void assignId(Object entity, long id) {
        Stored.withId(entity, id);
    }
}
