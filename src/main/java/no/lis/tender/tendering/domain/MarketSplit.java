package no.lis.tender.tendering.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The ways of splitting a lot into markets that buyers choose from. */
public enum MarketSplit {

    /** One market: all of Norway. */
    NONE(new Market("NO", "Norge")),
    /** One market per regional health authority (RHF). */
    HEALTH_REGIONS(new Market("HSO", "Helse Sør-Øst"), new Market("HV", "Helse Vest"),
            new Market("HMN", "Helse Midt-Norge"), new Market("HN", "Helse Nord")),
    /** A joint Nordic tender: Norway and the joint Nordic market. */
    NORDIC(new Market("NO", "Norge"), new Market("NORDIC", "Felles nordisk marked"));

    private final List<Market> markets;

    MarketSplit(Market... markets) {
        this.markets = List.of(markets);
    }

    public List<Market> markets() {
        return markets;
    }

    /** The split whose markets these are, if they are one of the presets. */
    public static Optional<MarketSplit> of(List<Market> markets) {
        return Arrays.stream(values()).filter(split -> split.markets.equals(markets)).findFirst();
    }
}
