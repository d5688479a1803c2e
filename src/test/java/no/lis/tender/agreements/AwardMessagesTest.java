package no.lis.tender.agreements;

import no.lis.tender.agreements.award.domain.ComplaintKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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

    private static Properties bundle(String name) {
        try (InputStream in = AwardMessagesTest.class.getResourceAsStream("/no/lis/tender/i18n/" + name + ".properties")) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_nb", "messages_en"})
    void everyKeyOfAwardsAndAgreementsHasAText(String name) throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> OWN_FILES.matcher(f.getFileName().toString()).matches()).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!matcher.group(1).endsWith(".")) {
                        used.add(matcher.group(1));
                    }
                }
            }
        }
        for (ComplaintKind kind : ComplaintKind.values()) {
            used.add("agreements.complaint.kind." + kind.name());
            used.add("agreements.award.recorded." + kind.name());
        }
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(bundle(name).stringPropertyNames()).containsAll(used).containsAll(ENUM_LABELS);
    }
}
