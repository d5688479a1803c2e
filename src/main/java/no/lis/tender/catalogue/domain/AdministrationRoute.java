package no.lis.tender.catalogue.domain;

/** The route of administration a DDD is defined for, with the WHO ATC/DDD index's code. */
public enum AdministrationRoute {
    ORAL("O"),
    PARENTERAL("P"),
    NASAL("N"),
    RECTAL("R"),
    SUBLINGUAL("SL"),
    TRANSDERMAL("TD"),
    INHALATION("Inhal"),
    VAGINAL("V");

    private final String whoCode;

    AdministrationRoute(String whoCode) {
        this.whoCode = whoCode;
    }

    public String whoCode() {
        return whoCode;
    }
}
