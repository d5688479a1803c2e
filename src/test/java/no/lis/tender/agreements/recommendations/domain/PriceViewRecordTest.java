package no.lis.tender.agreements.recommendations.domain;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.AREA_ID;
import static no.lis.tender.agreements.recommendations.domain.RecommendationFixtures.publishedFirst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PriceViewRecordTest {

    private final PricedRecommendation edition = PricedRecommendation.of(publishedFirst(), null, "Revmatologi");

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void aViewRecordsWhoWhenWhichVersionAndChannel() {
        PriceViewRecord view = PriceViewRecord.of(edition, "per.pris", "Per Pris", PriceViewChannel.PDF,
                at("2026-03-05T10:00:00Z"));

        assertThat(view.getUsername()).isEqualTo("per.pris");
        assertThat(view.getFullName()).isEqualTo("Per Pris");
        assertThat(view.getRecommendationId()).isEqualTo(100L);
        assertThat(view.getTherapeuticAreaId()).isEqualTo(AREA_ID);
        assertThat(view.getVersionNumber()).isEqualTo(1);
        assertThat(view.getChannel()).isEqualTo(PriceViewChannel.PDF);
        assertThat(view.getViewedAt()).isEqualTo(Instant.parse("2026-03-05T10:00:00Z"));
    }

    @Test
    void theWatermarkOfADownloadNamesTheRecipientAndTheTimeLogged() {
        PriceViewRecord named = PriceViewRecord.of(edition, "per.pris", "Per Pris", PriceViewChannel.PDF,
                at("2026-03-05T10:00:00Z"));
        PriceViewRecord unnamed = PriceViewRecord.of(edition, "anne.admin", " ", PriceViewChannel.PDF,
                at("2026-03-05T11:00:00Z"));

        assertThat(named.watermark()).isEqualTo(new Watermark("Per Pris", Instant.parse("2026-03-05T10:00:00Z")));
        assertThat(unnamed.watermark().recipient()).as("the username where the name is unknown").isEqualTo("anne.admin");
    }

    @Test
    void aViewIsByAKnownUser() {
        assertThatThrownBy(() -> PriceViewRecord.of(edition, " ", null, PriceViewChannel.PAGE, at("2026-03-05T10:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void buyersSeeEachViewerOnceWithCountsVersionsAndChannelsLatestFirst() {
        List<PriceViewRecord> views = List.of(
                PriceViewRecord.of(edition, "per.pris", null, PriceViewChannel.PAGE, at("2026-03-05T10:00:00Z")),
                PriceViewRecord.of(edition, "kari.buyer", "Kari Buyer", PriceViewChannel.API, at("2026-03-06T10:00:00Z")),
                PriceViewRecord.of(edition, "per.pris", "Per Pris", PriceViewChannel.PDF, at("2026-03-07T10:00:00Z")));

        List<PriceViewer> viewers = PriceViewer.of(views);

        assertThat(viewers).extracting(PriceViewer::username).containsExactly("per.pris", "kari.buyer");
        PriceViewer per = viewers.get(0);
        assertThat(per.fullName()).isEqualTo("Per Pris");
        assertThat(per.views()).isEqualTo(2);
        assertThat(per.firstViewedAt()).isEqualTo(Instant.parse("2026-03-05T10:00:00Z"));
        assertThat(per.lastViewedAt()).isEqualTo(Instant.parse("2026-03-07T10:00:00Z"));
        assertThat(per.versionsSeen()).containsExactly(1);
        assertThat(per.channels()).isEqualTo(Set.of(PriceViewChannel.PAGE, PriceViewChannel.PDF));
    }
}
