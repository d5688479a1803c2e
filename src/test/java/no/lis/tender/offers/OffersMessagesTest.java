package no.lis.tender.offers;

import no.lis.tender.offers.domain.OfferStatus;
import no.lis.tender.shared.MessageBundles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The texts of offers in the application bundle ({@code messages_nb}, bokmål; {@code messages_en}, English),
 * to be merged into the application's bundle: a text in both languages for every key the context
 * uses, with the same arguments.
 */
class OffersMessagesTest {

    private static final Path SOURCES = Path.of("src/main/java/no/lis/tender/offers");
    private static final Pattern KEY = Pattern.compile("\"(offers\\.[A-Za-z.]+)\"");
    private static final Set<String> SHARED_KEYS = Set.of("validation.required", "text.tooLong", "varenummer.invalid",
            "concurrent.modification.generic");

    @ParameterizedTest
    @ValueSource(strings = {"messages_nb", "messages_en"})
    void everyKeyTheContextUsesHasAText(String name) throws IOException {
        Set<String> used = MessageBundles.keysBelow(SOURCES, file -> file.toString().endsWith(".java"), KEY);
        assertThat(used).hasSizeGreaterThan(20);
        assertThat(MessageBundles.load(name).stringPropertyNames()).containsAll(used);
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_nb", "messages_en"})
    void theSharedKeysTheContextUsesAreInTheApplicationsBundle(String name) {
        assertThat(MessageBundles.load(name).stringPropertyNames()).containsAll(SHARED_KEYS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_nb", "messages_en"})
    void everyTextIsAValidMessageFormatWithRealLetters(String name) {
        Properties bundle = MessageBundles.load(name);
        bundle.stringPropertyNames().forEach(key -> assertThat(new MessageFormat(bundle.getProperty(key))
                .format(new Object[]{"a", "b", "c", "d", "e", "f"})).as(key).isNotBlank().doesNotContain("{"));
        assertThat(String.join(" ", bundle.stringPropertyNames().stream().map(bundle::getProperty).toList()))
                .doesNotContain("\\u");
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_nb", "messages_en"})
    void everyOfferStatusHasALabel(String name) {
        Properties bundle = MessageBundles.load(name);
        Arrays.stream(OfferStatus.values()).map(status -> "OfferStatus." + status)
                .forEach(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
    }
}
