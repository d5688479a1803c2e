package no.lis.tender.offers.infrastructure;

import no.lis.tender.offers.domain.OfferContent;
import no.lis.tender.offers.domain.OfferFixtures;
import no.lis.tender.offers.domain.SealedContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

class AesGcmOfferSealTest {

    private static final String PRICE = "987654.32";

    @TempDir
    Path folder;

    private final OfferContent content =
            OfferContent.of(List.of(OfferFixtures.lot(1, PRICE), OfferFixtures.lot(2, "123.45")));

    private AesGcmOfferSeal seal() {
        return new AesGcmOfferSeal(folder.resolve("security/lis-offer.key"));
    }

    @Test
    void sealedContentOpensToTheSameContent() {
        AesGcmOfferSeal seal = seal();

        assertThat(seal.open(seal.seal(content))).isEqualTo(content);
    }

    @Test
    void neitherThePriceNorAnyOtherTextCanBeReadFromTheSealedBytes() {
        SealedContent sealed = seal().seal(content);

        String stored = new String(sealed.getCiphertext(), StandardCharsets.ISO_8859_1)
                + new String(sealed.getNonce(), StandardCharsets.ISO_8859_1) + sealed.getKeyId();
        assertThat(stored).doesNotContain(PRICE).doesNotContain("987654").doesNotContain("98765432")
                .doesNotContain("Hyrimoz").doesNotContain("123456").doesNotContain("ISO 14001");
    }

    @Test
    void everySealingUsesANewNonce() {
        AesGcmOfferSeal seal = seal();

        SealedContent first = seal.seal(content);
        SealedContent second = seal.seal(content);

        assertThat(first.getNonce()).hasSize(12).isNotEqualTo(second.getNonce());
        assertThat(first.getCiphertext()).isNotEqualTo(second.getCiphertext());
    }

    @Test
    void contentSealedUnderAnotherKeyIsRefusedByItsKeyId() {
        SealedContent sealed = new AesGcmOfferSeal(folder.resolve("other.key")).seal(content);

        assertThatThrownBy(() -> seal().open(sealed)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(sealed.getKeyId()).hasMessageContaining(AesGcmOfferSeal.KEY_FILE);
    }

    @Test
    void aWrongKeyIsRefusedEvenUnderTheRightKeyId() {
        AesGcmOfferSeal seal = seal();
        SealedContent other = new AesGcmOfferSeal(folder.resolve("other.key")).seal(content);
        String keyId = seal.seal(content).getKeyId();

        assertThatThrownBy(() -> seal.open(new SealedContent(other.getCiphertext(), other.getNonce(), keyId)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("integrity");
    }

    @Test
    void alteredCiphertextIsRefused() {
        AesGcmOfferSeal seal = seal();
        SealedContent sealed = seal.seal(content);
        byte[] altered = sealed.getCiphertext();
        altered[altered.length / 2] ^= 1;

        assertThatThrownBy(() -> seal.open(new SealedContent(altered, sealed.getNonce(), sealed.getKeyId())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("integrity");
    }

    @Test
    void aMissingKeyFileIsCreatedOnceAndEveryServerGivenItOpensWhatAnotherSealed() throws IOException {
        Path keyFile = folder.resolve("security/lis-offer.key");
        SealedContent sealed = new AesGcmOfferSeal(keyFile).seal(content);
        String key = Files.readString(keyFile);

        assertThat(Base64.getDecoder().decode(key.strip())).hasSize(32);
        assertThat(new AesGcmOfferSeal(keyFile).open(sealed)).isEqualTo(content);
        assertThat(Files.readString(keyFile)).isEqualTo(key);
    }

    @Test
    void aCreatedKeyFileIsReadableByItsOwnerOnly() throws IOException {
        Path keyFile = folder.resolve("lis-offer.key");
        assumeThat(folder.getFileSystem().supportedFileAttributeViews()).contains("posix");

        new AesGcmOfferSeal(keyFile);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
    }

    @Test
    void aKeyFileWithoutA256BitKeyIsRefused() throws IOException {
        Path keyFile = Files.writeString(folder.resolve("short.key"), Base64.getEncoder().encodeToString(new byte[16]));

        assertThatThrownBy(() -> new AesGcmOfferSeal(keyFile)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("256-bit");
    }

    @Test
    void theKeyFileIsTheConfiguredOneOrByDefaultInTheServersSecurityFolder() {
        assertThat(AesGcmOfferSeal.keyFile(Optional.of("/etc/lis/offer.key"), Optional.of("/srv/wlp/servers/lis")))
                .isEqualTo(Path.of("/etc/lis/offer.key"));
        assertThat(AesGcmOfferSeal.keyFile(Optional.empty(), Optional.of("/srv/wlp/servers/lis")))
                .isEqualTo(Path.of("/srv/wlp/servers/lis/resources/security/lis-offer.key"));
        assertThatThrownBy(() -> AesGcmOfferSeal.keyFile(Optional.empty(), Optional.empty()))
                .hasMessageContaining(AesGcmOfferSeal.KEY_FILE);
    }
}
