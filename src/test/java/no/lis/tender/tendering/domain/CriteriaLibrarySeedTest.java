package no.lis.tender.tendering.domain;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class CriteriaLibrarySeedTest {

    @Test
    void theSeededLibraryHoldsEveryTemplateThePhaseDefaultsDrawOn() throws IOException {
        String changelog;
        try (InputStream in = getClass().getResourceAsStream("/db/changelog/tendering.sql")) {
            changelog = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String seed = changelog.substring(changelog.indexOf("--changeset lis:tendering-2"));

        MarketPhase.defaultTemplateCodes().forEach(code -> assertThat(seed).contains("('" + code + "'"));
        assertThat(seed).contains("Miljøstyringssystem", "ISO 14001", "Sikkerhetslager", "Bruksferdige");
    }
}
