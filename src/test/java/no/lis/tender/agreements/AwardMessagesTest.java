package no.lis.tender.agreements;

import no.lis.tender.agreements.award.domain.ComplaintKind;
import no.lis.tender.shared.MessageBundles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The texts of awards and agreements in the application bundle: a text in bokmål and English for
 * every key their classes use, and a label for every value of their enumerations.
 */
class AwardMessagesTest {

    private static final Path SOURCES = Path.of("src/main/java/no/lis/tender/agreements");
    /** The classes of awards and agreements, apart from the recommendations in the same context. */
    private static final Pattern OWN_FILES = Pattern.compile(
            "(Award|Standstill|Complaint|FrameworkAgreement|AgreementOption|DirectAgreement|NyeMetoderId|LotAward|"
                    + "JpaAward|JpaFrameworkAgreement|JpaDirectAgreement|PdfBoxAwardLetter).*\\.java");
    private static final Pattern KEY = Pattern.compile("\"(agreements\\.[A-Za-z.]+)\"");
    private static final Set<String> ENUM_LABELS = Set.of("AgreementOptionStatus.OPEN", "AgreementOptionStatus.EXERCISED",
            "AgreementOptionStatus.DECLINED", "AgreementOptionStatus.LAPSED", "FrameworkAgreementStatus.UPCOMING",
            "FrameworkAgreementStatus.ACTIVE", "FrameworkAgreementStatus.EXPIRED", "FrameworkAgreementStatus.ENDED");

    @ParameterizedTest
    @ValueSource(strings = {"messages_nb", "messages_en"})
    void everyKeyOfAwardsAndAgreementsHasAText(String name) throws IOException {
        Set<String> used = MessageBundles.keysBelow(SOURCES,
                file -> OWN_FILES.matcher(file.getFileName().toString()).matches(), KEY);
        used.removeIf(key -> key.endsWith("."));
        for (ComplaintKind kind : ComplaintKind.values()) {
            used.add("agreements.complaint.kind." + kind.name());
            used.add("agreements.award.recorded." + kind.name());
        }
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(MessageBundles.load(name).stringPropertyNames()).containsAll(used).containsAll(ENUM_LABELS);
    }
}
