package no.lis.tender.tendering;

import no.lis.tender.tendering.domain.ComparisonBasis;
import no.lis.tender.tendering.domain.CriterionType;
import no.lis.tender.tendering.domain.MarketPhase;
import no.lis.tender.tendering.domain.MarketSplit;
import no.lis.tender.tendering.domain.PriceFormula;
import no.lis.tender.tendering.domain.ProcurementInstrument;
import no.lis.tender.tendering.domain.TenderStatus;
import no.lis.tender.tendering.domain.VolumeUnit;
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
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class TenderingMessagesTest {

    private static final String BUNDLE = "/no/lis/tender/i18n/messages";
    private static final List<Path> SOURCES = Stream.of("domain", "application", "infrastructure")
            .map(layer -> Path.of("src/main/java/no/lis/tender/tendering", layer)).toList();
    private static final Pattern KEY = Pattern.compile("\"((?:tender|tendering|criterionTemplate)\\.[A-Za-z.]+)\"");

    private static Properties bundle(String suffix) {
        try (InputStream in = TenderingMessagesTest.class.getResourceAsStream(BUNDLE + suffix + ".properties")) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void bokmalAndEnglishHaveTheSameKeys() {
        assertThat(bundle("_en").stringPropertyNames()).isEqualTo(bundle("_nb").stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"_nb", "_en"})
    void everyMessageKeyTheContextUsesHasAText(String suffix) throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path layer : SOURCES) {
            try (Stream<Path> files = Files.list(layer)) {
                for (Path file : files.toList()) {
                    Matcher matcher = KEY.matcher(Files.readString(file));
                    while (matcher.find()) {
                        used.add(matcher.group(1));
                    }
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(bundle(suffix).stringPropertyNames()).containsAll(used);
    }

    @ParameterizedTest
    @ValueSource(strings = {"_nb", "_en"})
    void everyTextIsAValidMessageFormatWithRealLetters(String suffix) {
        Properties bundle = bundle(suffix);
        bundle.stringPropertyNames().forEach(key -> assertThat(new MessageFormat(bundle.getProperty(key)).format(
                new Object[]{"x", "y"})).as(key).isNotBlank());
        assertThat(String.join(" ", bundle.stringPropertyNames().stream().map(bundle::getProperty).toList()))
                .doesNotContain("\\u");
    }

    @ParameterizedTest
    @ValueSource(strings = {"_nb", "_en"})
    void everyChoiceTheUserSeesHasALabel(String suffix) {
        Properties bundle = bundle(suffix);
        Stream.of(MarketPhase.class, ProcurementInstrument.class, TenderStatus.class, CriterionType.class,
                        PriceFormula.class, ComparisonBasis.class, VolumeUnit.class, MarketSplit.class)
                .flatMap(type -> Arrays.stream(type.getEnumConstants()).map(c -> type.getSimpleName() + "." + c))
                .forEach(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
    }
}
