package no.lis.tender.agreements.framework.domain;

/**
 * The legal ground for awarding a goods contract without a prior contract notice, from the list of
 * anskaffelsesforskriften §§ 13-3 and 13-4, which implement Article 32 of Directive 2014/24/EU: each
 * with the provision it rests on and the code of the eForms list {@code direct-award-justification}
 * that the voluntary ex-ante transparency notice carries. The grounds for works, services, design
 * contests and works of art are left out: a drug is goods. docs/domain.md gives the list with its
 * sources.
 */
public enum DirectAwardGround {

    /** No tenders, or no suitable ones, in an open or restricted procedure, on terms not substantially changed. */
    NO_SUITABLE_TENDERS("§ 13-3 (1) a; dir. 2014/24/EU art. 32 (2) a", "unsuitable"),
    /** Only one supplier can deliver, because competition is absent for technical reasons. */
    TECHNICAL_REASONS("§ 13-4 (1) a nr. 2; art. 32 (2) b ii", "technical"),
    /** Only one supplier can deliver, to protect exclusive rights such as a patent or other intellectual property. */
    EXCLUSIVE_RIGHTS("§ 13-4 (1) a nr. 3; art. 32 (2) b iii", "exclusive"),
    /** Extreme urgency from events the buyer could not foresee, so far as strictly necessary. */
    EXTREME_URGENCY("§ 13-4 (1) b; art. 32 (2) c", "urgency"),
    /** Goods made purely for research, experiment, study or development. */
    RESEARCH("§ 13-3 (2) a; art. 32 (3) a", "resd"),
    /** Additional deliveries from the original supplier, partly replacing or extending existing goods. */
    ADDITIONAL_DELIVERIES("§ 13-3 (2) b; art. 32 (3) b", "existing"),
    /** Goods quoted and bought on a commodity market. */
    COMMODITY_MARKET("§ 13-3 (2) c; art. 32 (3) c", "commodity"),
    /** Particularly advantageous terms from a supplier definitively winding up its business. */
    CLOSING_DOWN("§ 13-3 (2) d; art. 32 (3) d", "closure"),
    /** Particularly advantageous terms from the liquidator in an insolvency or similar procedure. */
    INSOLVENCY("§ 13-3 (2) d; art. 32 (3) d", "liquidator");

    private final String provision;
    private final String eformsCode;

    DirectAwardGround(String provision, String eformsCode) {
        this.provision = provision;
        this.eformsCode = eformsCode;
    }

    /** The provision of the regulations (and of the directive) the ground rests on, as cited. */
    public String provision() {
        return provision;
    }

    /** The code of the eForms list {@code direct-award-justification} (BT-136). */
    public String eformsCode() {
        return eformsCode;
    }
}
