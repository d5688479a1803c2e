package no.lis.tender.catalogue;

import no.lis.tender.shared.MessageBundles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import static no.lis.tender.shared.MessageBundles.argumentsOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue's message texts: those in the application's bundle (messages_nb, messages_en), and
 * those of the catalogue's pages and API in catalogue-web*.properties, which the lead merges into it.
 */
class CatalogueMessagesTest {

    private static final Path SOURCES = Path.of("src/main/java/no/lis/tender/catalogue");
    private static final Path PAGES = Path.of("src/main/webapp/catalogue");
    private static final Pattern MESSAGE_KEY = Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[A-Za-z]+)+)\"");
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([^']+)'\\]");

    private final Properties bokmal = MessageBundles.load("messages_nb");
    private final Properties english = MessageBundles.load("messages_en");
    private final Properties webBokmal = MessageBundles.load("messages_nb");
    private final Properties webEnglish = MessageBundles.load("messages_en");

    @Test
    void everyKeyHasBokmalAndEnglishText() {
        assertThat(english.stringPropertyNames()).isEqualTo(bokmal.stringPropertyNames());
        assertThat(webEnglish.stringPropertyNames()).isEqualTo(webBokmal.stringPropertyNames());
        for (Properties[] pair : new Properties[][] {{bokmal, english}, {webBokmal, webEnglish}}) {
            pair[0].stringPropertyNames().forEach(key -> {
                assertThat(pair[0].getProperty(key)).as(key).isNotBlank();
                assertThat(pair[1].getProperty(key)).as(key).isNotBlank();
            });
        }
    }

    @Test
    void bothLanguagesUseTheSameArguments() {
        bokmal.stringPropertyNames().forEach(key -> assertThat(argumentsOf(english.getProperty(key)))
                .as(key).isEqualTo(argumentsOf(bokmal.getProperty(key))));
        webBokmal.stringPropertyNames().forEach(key -> assertThat(argumentsOf(webEnglish.getProperty(key)))
                .as(key).isEqualTo(argumentsOf(webBokmal.getProperty(key))));
    }

    @Test
    void theWebTextsAgreeWithTheBundleWhereItHasThemAlready() {
        webBokmal.stringPropertyNames().stream().filter(bokmal::containsKey).forEach(key -> {
            assertThat(bokmal.getProperty(key)).as(key).isEqualTo(webBokmal.getProperty(key));
            assertThat(english.getProperty(key)).as(key).isEqualTo(webEnglish.getProperty(key));
        });
    }

    @Test
    void everyKeyTheCataloguePagesUseHasAText() throws IOException {
        Set<String> used = MessageBundles.keysBelow(PAGES, path -> path.toString().endsWith(".xhtml"), PAGE_KEY);
        used.removeIf(key -> key.endsWith("."));

        assertThat(used).isNotEmpty().allSatisfy(key -> assertThat(known(key)).as(key).isTrue());
    }

    @Test
    void bokmalIsWrittenWithRealLetters() {
        assertThat(bokmal.getProperty("organisationNumber.checkDigit"))
                .isEqualTo("Organisasjonsnummeret har feil kontrollsiffer: siste siffer skal være {0}.");
    }

    @Test
    void everyKeyTheCatalogueUsesHasAText() throws IOException {
        // Infrastructure holds JPQL and query hints ("g.therapeuticArea"), which look like keys but are paths;
        // messages are raised in the domain, the use cases and the pages.
        Set<String> used = MessageBundles.keysBelow(SOURCES,
                path -> path.toString().endsWith(".java") && !path.toString().contains("/infrastructure/"), MESSAGE_KEY);

        assertThat(used).isNotEmpty().allSatisfy(key -> assertThat(known(key)).as(key).isTrue());
    }

    private boolean known(String key) {
        return bokmal.containsKey(key) || webBokmal.containsKey(key);
    }
}
