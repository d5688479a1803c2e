package no.lis.tender.shared;

import no.lis.tender.shared.domain.Messages;
import no.lis.tender.shared.domain.Thing;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The one message bundle: the same keys in bokmål and English, and a text for every key a page uses. */
class MessagesTest {

    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.-]+)'\\]");

    private final Properties bokmal = MessageBundles.load("messages_nb");
    private final Properties english = MessageBundles.load("messages_en");

    @Test
    void aCallerGetsEnglishIfSheAsksForItBeforeNorwegianAndBokmalOtherwise() {
        assertThat(Messages.preferred(java.util.List.of(Locale.GERMAN, Locale.ENGLISH, Messages.BOKMAL))).isEqualTo(Locale.ENGLISH);
        assertThat(Messages.preferred(java.util.List.of(Locale.forLanguageTag("nn"), Locale.ENGLISH))).isEqualTo(Messages.BOKMAL);
        assertThat(Messages.preferred(java.util.List.of(Locale.FRENCH))).isEqualTo(Messages.BOKMAL);
        assertThat(Messages.preferred(java.util.List.of())).isEqualTo(Messages.BOKMAL);
    }

    @Test
    void bokmalAndEnglishHaveTheSameKeys() {
        assertThat(new TreeSet<>(english.stringPropertyNames())).isEqualTo(new TreeSet<>(bokmal.stringPropertyNames()));
    }

    @Test
    void noKeyIsWrittenTwiceInABundleWhereTheLastWouldSilentlyWin() throws IOException {
        for (String bundle : java.util.List.of("messages_nb", "messages_en")) {
            java.util.Map<String, Integer> seen = new java.util.HashMap<>();
            java.util.List<String> twice = new java.util.ArrayList<>();
            java.util.List<String> lines = java.nio.file.Files.readAllLines(
                    Path.of("src/main/resources/no/lis/tender/i18n/" + bundle + ".properties"));
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#") || !line.contains("=")) {
                    continue;
                }
                Integer earlier = seen.putIfAbsent(line.substring(0, line.indexOf('=')).strip(), i + 1);
                if (earlier != null) {
                    twice.add(line.substring(0, line.indexOf('=')) + " (lines " + earlier + " and " + (i + 1) + ")");
                }
            }
            assertThat(twice).as(bundle).isEmpty();
        }
    }

    @Test
    void bothLanguagesTakeTheSameArguments() {
        for (String key : bokmal.stringPropertyNames()) {
            int nb = new MessageFormat(bokmal.getProperty(key)).getFormats().length;
            int en = new MessageFormat(english.getProperty(key, "")).getFormats().length;
            assertThat(en).as(key).isEqualTo(nb);
        }
    }

    @Test
    void everyKeyAPageUsesHasATextInBothLanguages() throws IOException {
        Set<String> used = MessageBundles.keysBelow(Path.of("src/main/webapp"), p -> p.toString().endsWith(".xhtml"),
                PAGE_KEY);
        assertThat(used).isNotEmpty();
        assertThat(bokmal.stringPropertyNames()).containsAll(used);
        assertThat(english.stringPropertyNames()).containsAll(used);
    }

    @Test
    void enumArgumentsAreShownByTheirLabels() {
        assertThat(Messages.format(Locale.ENGLISH, "tender.status.forbiddenMove",
                no.lis.tender.tendering.domain.TenderStatus.DRAFT, no.lis.tender.tendering.domain.TenderStatus.AWARDED))
                .doesNotContain("DRAFT").contains(english.getProperty("TenderStatus.DRAFT"));
        assertThat(Messages.format(Messages.BOKMAL, "tender.status.forbiddenMove",
                no.lis.tender.tendering.domain.TenderStatus.DRAFT, no.lis.tender.tendering.domain.TenderStatus.AWARDED))
                .contains("Utkast").contains("Tildelt");
    }

    @Test
    void everyThingAMessageNamesHasItsNounInBothLanguages() {
        for (Thing thing : Thing.values()) {
            assertThat(bokmal.getProperty(thing.key())).as(thing.key()).contains("{0}");
            assertThat(english.getProperty(thing.key())).as(thing.key()).contains("{0}");
        }
    }

    @Test
    void aThingIsNamedInTheLanguageOfTheMessageAroundIt() {
        Thing.Named template = Thing.CRITERION_TEMPLATE.named("QUA-COLD-CHAIN");
        assertThat(Messages.format(Messages.BOKMAL, "not.found", template)).isEqualTo("Kriteriemalen QUA-COLD-CHAIN finnes ikke.");
        assertThat(Messages.format(Locale.ENGLISH, "not.found", template)).isEqualTo("Criterion template QUA-COLD-CHAIN does not exist.");
    }

    @Test
    void anUnknownKeyIsShownAsItself() {
        assertThat(Messages.format(Locale.ENGLISH, "no.such.key")).isEqualTo("no.such.key");
    }
}
