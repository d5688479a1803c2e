package no.lis.tender.offers;

import no.lis.tender.offers.domain.OfferStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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

    private static Properties bundle(String name) {
        String resource = "/no/lis/tender/i18n/" + name + ".properties";
        try (InputStream in = OffersMessagesTest.class.getResourceAsStream(resource)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_nb", "messages_en"})
    void everyKeyTheContextUsesHasAText(String name) throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(20);
        assertThat(bundle(name).stringPropertyNames()).containsAll(used);
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_nb", "messages_en"})
    void theSharedKeysTheContextUsesAreInTheApplicationsBundle(String name) {
        assertThat(bundle(name).stringPropertyNames()).containsAll(SHARED_KEYS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_nb", "messages_en"})
    void everyTextIsAValidMessageFormatWithRealLetters(String name) {
        Properties bundle = bundle(name);
        bundle.stringPropertyNames().forEach(key -> assertThat(new MessageFormat(bundle.getProperty(key))
                .format(new Object[]{"a", "b", "c", "d", "e", "f"})).as(key).isNotBlank().doesNotContain("{"));
        assertThat(String.join(" ", bundle.stringPropertyNames().stream().map(bundle::getProperty).toList()))
                .doesNotContain("\\u");
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_nb", "messages_en"})
    void everyOfferStatusHasALabel(String name) {
        Properties bundle = bundle(name);
        Arrays.stream(OfferStatus.values()).map(status -> "OfferStatus." + status)
                .forEach(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
    }
}
