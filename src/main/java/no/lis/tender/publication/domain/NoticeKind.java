package no.lis.tender.publication.domain;

/**
 * The eForms notices this application makes, each with its notice subtype (the eForms form under
 * Directive 2014/24/EU), its notice type code and the code list that type belongs to, and the name
 * of its downloaded file.
 */
public enum NoticeKind {

    /** The contract notice of a round, before it is published to suppliers (competition, subtype 16). */
    CONTRACT_NOTICE("16", "cn-standard", "competition", "contract-notice"),
    /** The contract award notice after the award (result, subtype 29). */
    CONTRACT_AWARD_NOTICE("29", "can-standard", "result", "contract-award-notice"),
    /** The voluntary ex-ante transparency notice of a direct agreement (subtype 25). */
    VOLUNTARY_EX_ANTE_TRANSPARENCY("25", "veat", "dir-awa-pre", "veat");

    private final String subtype;
    private final String typeCode;
    private final String typeList;
    private final String fileStem;

    NoticeKind(String subtype, String typeCode, String typeList, String fileStem) {
        this.subtype = subtype;
        this.typeCode = typeCode;
        this.typeList = typeList;
        this.fileStem = fileStem;
    }

    public String subtype() {
        return subtype;
    }

    public String typeCode() {
        return typeCode;
    }

    public String typeList() {
        return typeList;
    }

    /** The file name of the notice about {@code subject} (a tender reference or decision id), e.g. contract-notice-2026-LIS-TNF-02.xml. */
    public String fileName(String subject) {
        return fileStem + "-" + subject.replaceAll("[^A-Za-z0-9_-]", "_") + ".xml";
    }
}
