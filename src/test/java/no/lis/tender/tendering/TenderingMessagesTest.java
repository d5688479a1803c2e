package no.lis.tender.tendering;

import no.lis.tender.shared.MessageBundles;
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
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class TenderingMessagesTest {

    private static final List<Path> SOURCES = Stream.of("domain", "application", "infrastructure")
            .map(layer -> Path.of("src/main/java/no/lis/tender/tendering", layer)).toList();
    private static final Pattern KEY = Pattern.compile("\"((?:tender|tendering|criterionTemplate)\\.[A-Za-z.]+)\"");

    @Test
    void bokmalAndEnglishHaveTheSameKeys() {
        assertThat(MessageBundles.load("messages_en").stringPropertyNames())
                .isEqualTo(MessageBundles.load("messages_nb").stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_nb", "messages_en"})
    void everyMessageKeyTheContextUsesHasAText(String name) throws IOException {
        Set<String> used = MessageBundles.keysDirectlyIn(SOURCES, KEY);
        assertThat(used).isNotEmpty();
        assertThat(MessageBundles.load(name).stringPropertyNames()).containsAll(used);
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_nb", "messages_en"})
    void everyTextIsAValidMessageFormatWithRealLetters(String name) {
        Properties bundle = MessageBundles.load(name);
        bundle.stringPropertyNames().forEach(key -> assertThat(new MessageFormat(bundle.getProperty(key)).format(
                new Object[]{"x", "y"})).as(key).isNotBlank());
        assertThat(String.join(" ", bundle.stringPropertyNames().stream().map(bundle::getProperty).toList()))
                .doesNotContain("\\u");
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_nb", "messages_en"})
    void everyChoiceTheUserSeesHasALabel(String name) {
        Properties bundle = MessageBundles.load(name);
        Stream.of(MarketPhase.class, ProcurementInstrument.class, TenderStatus.class, CriterionType.class,
                        PriceFormula.class, ComparisonBasis.class, VolumeUnit.class, MarketSplit.class)
                .flatMap(type -> Arrays.stream(type.getEnumConstants()).map(c -> type.getSimpleName() + "." + c))
                .forEach(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
    }
}
