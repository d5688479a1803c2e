package no.lis.tender.catalogue.domain;

import java.math.BigDecimal;

/** Real things of the catalogue, for the tests. */
public final class Examples {

    private Examples() {
    }

    public static TherapeuticArea rheumatology() {
        return new TherapeuticArea("REUMA", "Revmatologi");
    }

    public static Supplier abbvie() {
        return new Supplier("AbbVie AS", new OrganisationNumber("974760673"), new EmailAddress("anbud@abbvie.no"));
    }

    /** Adalimumab, with the WHO's DDD of 2.9 mg parenteral. */
    public static Substance adalimumab() {
        Substance adalimumab = new Substance(new AtcCode("L04AB04"), "adalimumab");
        adalimumab.defineDdd(new Ddd(new BigDecimal("2.9"), DoseUnit.MG, AdministrationRoute.PARENTERAL));
        return adalimumab;
    }

    /** Two pens of 40 mg. */
    public static Pack twoPensOf40Mg() {
        return new Pack("injeksjonsvæske, oppløsning i ferdigfylt penn", new BigDecimal("40"), DoseUnit.MG,
                new BigDecimal("2"), "ferdigfylt penn");
    }

    /** Humira, two pens of 40 mg adalimumab, at a maximum price of 10 000 NOK. */
    public static Product humira() {
        return new Product(new Varenummer("123456"), "Humira", adalimumab(), twoPensOf40Mg(), abbvie(),
                new BigDecimal("10000.00"), ProductType.ORIGINATOR);
    }
}
