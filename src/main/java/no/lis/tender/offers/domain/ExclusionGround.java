package no.lis.tender.offers.domain;

/**
 * The exclusion grounds of the ESPD (its part III), from directive 2014/24/EU art. 57 as the
 * procurement regulations take them: convictions, unpaid taxes and social security contributions, and
 * the discretionary grounds. A supplier answers each with yes or no; a "yes" needs an explanation,
 * e.g. the self-cleaning measures taken (art. 57(6)).
 */
public enum ExclusionGround {
    CRIMINAL_ORGANISATION,
    CORRUPTION,
    FRAUD,
    TERRORIST_OFFENCES,
    MONEY_LAUNDERING_OR_TERRORIST_FINANCING,
    CHILD_LABOUR_OR_HUMAN_TRAFFICKING,
    PAYMENT_OF_TAXES,
    PAYMENT_OF_SOCIAL_SECURITY,
    ENVIRONMENTAL_SOCIAL_OR_LABOUR_LAW,
    BANKRUPTCY_OR_INSOLVENCY,
    GRAVE_PROFESSIONAL_MISCONDUCT,
    DISTORTION_OF_COMPETITION,
    CONFLICT_OF_INTEREST,
    MISREPRESENTATION
}
