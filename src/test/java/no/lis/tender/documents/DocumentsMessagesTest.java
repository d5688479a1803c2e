package no.lis.tender.documents;

import no.lis.tender.documents.domain.DocumentKind;
import no.lis.tender.shared.MessageBundles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import static no.lis.tender.shared.MessageBundles.argumentsOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The texts of the documents context: its own in documents*.properties, which the lead merges into
 * the application's bundle (messages_nb, messages_en), and the bundle's shared ones it uses.
 */
class DocumentsMessagesTest {

    private static final Path SOURCES = Path.of("src/main/java/no/lis/tender/documents");
    private static final Pattern KEY = Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[A-Za-z]+)+)\"");

    private final Properties bokmal = MessageBundles.load("messages_nb");
    private final Properties english = MessageBundles.load("messages_en");
    private final Properties bundle = MessageBundles.load("messages_nb");

    @Test
    void everyTextIsInBokmalAndEnglishWithTheSameArguments() {
        assertThat(english.stringPropertyNames()).isEqualTo(bokmal.stringPropertyNames());
        bokmal.stringPropertyNames().forEach(key -> {
            assertThat(bokmal.getProperty(key)).as(key).isNotBlank();
            assertThat(argumentsOf(english.getProperty(key))).as(key).isEqualTo(argumentsOf(bokmal.getProperty(key)));
        });
    }

    @Test
    void everyKeyTheContextUsesHasAText() throws IOException {
        Set<String> used = MessageBundles.keysBelow(SOURCES, path -> path.toString().endsWith(".java"), KEY);
        used.removeIf(text -> text.endsWith(".pdf") || text.contains("yyyy")); // file names and date patterns

        assertThat(used).contains("documents.upload.empty", "documents.pdf.page", "documents.download.notPublished")
                .allSatisfy(key -> assertThat(bokmal.containsKey(key) || bundle.containsKey(key)).as(key).isTrue());
    }

    @Test
    void everyKindOfDocumentHasAName() {
        assertThat(Arrays.stream(DocumentKind.values()).map(kind -> "DocumentKind." + kind.name()))
                .allMatch(bokmal::containsKey);
    }

    @Test
    void theUploadMessageSaysTheFileIsNoRealPdfWhateverItsName() {
        assertThat(new MessageFormat(bokmal.getProperty("documents.upload.notPdf")).format(new Object[] {"x.pdf"}))
                .isEqualTo("«x.pdf» er ikke en ekte PDF-fil, uansett hva filnavnet sier. Lagre dokumentet som PDF og"
                        + " last det opp på nytt.");
    }
}
