package no.lis.tender.agreements.adherence.domain;

import no.lis.tender.catalogue.domain.AtcCode;
import no.lis.tender.tendering.domain.MarketPhase;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PhaseOutlookTest {

    private static final PatentExpiry ADALIMUMAB = new PatentExpiry(1L, new AtcCode("L04AB04"), "adalimumab",
            LocalDate.of(2027, 10, 1), 7L);

    @Test
    void aMarketInMonopolyOrPatentedCompetitionIsExpectedToMoveToPhaseThree() {
        assertThat(PhaseOutlook.of(ADALIMUMAB, MarketPhase.PHASE_1).expected()).isEqualTo(MarketPhase.PHASE_3);
        assertThat(PhaseOutlook.of(ADALIMUMAB, MarketPhase.PHASE_2).changesPhase()).isTrue();
    }

    @Test
    void aMarketOfUnknownPhaseIsExpectedToMoveToPhaseThree() {
        PhaseOutlook outlook = PhaseOutlook.of(ADALIMUMAB, null);

        assertThat(outlook.current()).isNull();
        assertThat(outlook.expected()).isEqualTo(MarketPhase.PHASE_3);
    }

    @Test
    void aMarketAlreadyInGenericCompetitionOrLaterKeepsItsPhase() {
        assertThat(PhaseOutlook.of(ADALIMUMAB, MarketPhase.PHASE_5).expected()).isEqualTo(MarketPhase.PHASE_5);
        assertThat(PhaseOutlook.of(ADALIMUMAB, MarketPhase.PHASE_3).changesPhase()).isFalse();
    }
}
