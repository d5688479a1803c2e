package no.lis.tender.catalogue.domain;

/**
 * The four regional health authorities (regionale helseforetak, RHF) that own the hospital trusts.
 * A lot split into the health regions has one market per region, with these codes; a trust is
 * judged in follow-up against its own region's first choice.
 */
public enum HealthRegion {

    HSO("Helse Sør-Øst"),
    HV("Helse Vest"),
    HMN("Helse Midt-Norge"),
    HN("Helse Nord");

    private final String displayName;

    HealthRegion(String displayName) {
        this.displayName = displayName;
    }

    /** The region's market code, as a lot split into the health regions names its markets. */
    public String code() {
        return name();
    }

    public String displayName() {
        return displayName;
    }
}
