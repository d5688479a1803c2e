package no.lis.tender.catalogue;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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

    private final Properties bokmal = load("messages_nb.properties");
    private final Properties english = load("messages_en.properties");
    private final Properties webBokmal = load("messages_nb.properties");
    private final Properties webEnglish = load("messages_en.properties");

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
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(PAGES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".xhtml")).toList()) {
                Matcher matcher = PAGE_KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!matcher.group(1).endsWith(".")) {
                        used.add(matcher.group(1));
                    }
                }
            }
        }

        assertThat(used).isNotEmpty().allSatisfy(key -> assertThat(known(key)).as(key).isTrue());
    }

    @Test
    void bokmalIsWrittenWithRealLetters() {
        assertThat(bokmal.getProperty("organisationNumber.checkDigit"))
                .isEqualTo("Organisasjonsnummeret har feil kontrollsiffer: siste siffer skal være {0}.");
    }

    @Test
    void everyKeyTheCatalogueUsesHasAText() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = MESSAGE_KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }

        assertThat(used).isNotEmpty().allSatisfy(key -> assertThat(known(key)).as(key).isTrue());
    }

    private boolean known(String key) {
        return bokmal.containsKey(key) || webBokmal.containsKey(key);
    }

    private static Set<Integer> argumentsOf(String pattern) {
        Set<Integer> arguments = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\{(\\d+)").matcher(pattern);
        while (matcher.find()) {
            arguments.add(Integer.valueOf(matcher.group(1)));
        }
        new MessageFormat(pattern);
        return arguments;
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = CatalogueMessagesTest.class.getResourceAsStream("/no/lis/tender/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
