package no.lis.tender.agreements;

import no.lis.tender.agreements.adherence.domain.Granularity;
import no.lis.tender.agreements.recommendations.domain.ChangeKind;
import no.lis.tender.agreements.recommendations.domain.ChangeReason;
import no.lis.tender.agreements.recommendations.domain.PriceViewChannel;
import no.lis.tender.agreements.recommendations.domain.RecommendationStatus;
import no.lis.tender.shared.MessageBundles;
import no.lis.tender.shared.domain.Messages;
import no.lis.tender.shared.domain.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message key of the recommendations, consumption and their PDF has a text in bokmål and English. */
class RecommendationMessagesTest {

    private static final List<Path> SOURCES = Stream.of("recommendations/domain", "recommendations/infrastructure",
                    "adherence/domain", "adherence/infrastructure")
            .map(layer -> Path.of("src/main/java/no/lis/tender/agreements", layer)).toList();
    private static final Pattern KEY = Pattern.compile(
            "\"((?:recommendation|recommendations\\.pdf|consumption\\.csv)\\.[A-Za-z.]+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"messages_nb", "messages_en"})
    void everyKeyTheRecommendationsUseHasAText(String name) throws IOException {
        Set<String> used = MessageBundles.keysDirectlyIn(SOURCES, KEY);
        used.removeIf(key -> key.endsWith("."));
        Arrays.stream(RecommendationStatus.values()).forEach(s -> used.add("recommendations.pdf.status." + s.name()));
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(MessageBundles.load(name).stringPropertyNames()).containsAll(used);
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_nb", "messages_en"})
    void everyChoiceHasALabel(String name) {
        Properties bundle = MessageBundles.load(name);
        Stream.of(RecommendationStatus.class, ChangeReason.class, ChangeKind.class, PriceViewChannel.class,
                        Granularity.class)
                .flatMap(type -> Arrays.stream(type.getEnumConstants()).map(c -> type.getSimpleName() + "." + c))
                .forEach(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void aLineErrorReadsWithItsLineNumberUngrouped() {
        Violation violation = new Violation("line.1234.varenummer", "consumption.csv.varenummer", "1234", "12345");

        assertThat(Messages.format(Messages.BOKMAL, violation))
                .isEqualTo("Linje 1234: «12345» er ikke et varenummer (nøyaktig seks sifre).");
        assertThat(Messages.format(Locale.ENGLISH, violation))
                .isEqualTo("Line 1234: \"12345\" is not a varenummer (exactly six digits).");
    }
}
