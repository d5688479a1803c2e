package no.lis.tender.offers.infrastructure;

import no.lis.tender.offers.domain.OfferContent;
import no.lis.tender.offers.domain.OfferFixtures;
import no.lis.tender.offers.domain.OfferSeal;
import no.lis.tender.offers.domain.SealBrokenException;
import no.lis.tender.offers.domain.SealPlace.Slot;
import no.lis.tender.offers.domain.SealPlace;
import no.lis.tender.offers.domain.SealedContent;
import no.lis.tender.shared.MovableClock;
import no.lis.tender.shared.RecordedEvents;
import no.lis.tender.shared.Stored;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.SecurityEvent.Kind;
import no.lis.tender.shared.domain.SecurityEvent;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.Tender;
import no.lis.tender.tendering.domain.TenderRepository;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static no.lis.tender.offers.domain.OfferFixtures.DEADLINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The envelope seal with real keys: values bound to their place, the opening key refused before
 * the deadline, nothing readable in what is stored, and the master key rotated.
 */
class AesGcmOfferSealTest {

    private static final String PRICE = "987654.32";
    private static final byte[] MASTER = new byte[32];
    private static final byte[] NEW_MASTER = new byte[32];

    static {
        MASTER[0] = 1;
        NEW_MASTER[0] = 2;
    }

    private final Map<Long, Tender> tenders = new HashMap<>(Map.of(1L, OfferFixtures.tender()));
    private final InMemoryKeyStore store = new InMemoryKeyStore();
    private final RecordedEvents<SecurityEvent> events = new RecordedEvents<>();
    private final MovableClock clock = new MovableClock(OfferFixtures.EARLY.instant());
    private final AesGcmOfferSeal seal = seal(new MasterKeys(MASTER, null));
    private final byte[] content = OfferContent.of(List.of(OfferFixtures.lot(1, PRICE), OfferFixtures.lot(2, "123.45")))
            .canonicalJson().getBytes(StandardCharsets.UTF_8);

    private AesGcmOfferSeal seal(MasterKeys masterKeys) {
        TenderRepository repository = (TenderRepository) Proxy.newProxyInstance(TenderRepository.class.getClassLoader(),
                new Class<?>[]{TenderRepository.class}, (proxy, method, arguments) -> {
                    if (!method.getName().equals("find")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return Optional.ofNullable(tenders.get((Long) arguments[0]));
                });
        return new AesGcmOfferSeal(masterKeys, store, repository, clock, events);
    }

    private static SealPlace place(long offer, long supplier, Slot slot, int number) {
        return new SealPlace(1, offer, supplier, slot, number);
    }

    private static final SealPlace SUBMITTED_A = place(7, 11, Slot.SUBMITTED, 1);
    private static final SealPlace DRAFT_A = place(7, 11, Slot.DRAFT, 2);
    private static final SealPlace DRAFT_B = place(8, 12, Slot.DRAFT, 1);

    private OfferSeal.OpeningKey openingKeyAtDeadline() {
        clock.set(DEADLINE);
        return seal.openingKey(1L, "kari");
    }

    private List<SecurityEvent> fired(Kind kind) {
        return events.fired().stream().filter(event -> event.kind() == kind).toList();
    }

    @Test
    void theSupplierOpensWhatItSealedAndAfterTheDeadlineSoDoesTheOpeningKey() {
        SealedContent sealed = seal.seal(SUBMITTED_A, content);

        assertThat(seal.open(SUBMITTED_A, sealed)).isEqualTo(content);
        assertThat(openingKeyAtDeadline().open(SUBMITTED_A, sealed)).isEqualTo(content);
    }

    @Test
    void theOpeningKeyMadeAtPublicationIsTheOneTheOffersAreSealedForAndMakingItAgainKeepsIt() {
        seal.makeOpeningKey(1L);
        TenderKey made = store.tenderKey(1L).orElseThrow();
        seal.makeOpeningKey(1L);
        SealedContent sealed = seal.seal(SUBMITTED_A, content);

        assertThat(store.tenderKeys).containsExactly(made);
        assertThat(made.getDeadline()).isEqualTo(DEADLINE);
        assertThat(openingKeyAtDeadline().open(SUBMITTED_A, sealed)).isEqualTo(content);
    }

    @Test
    void aSubmittedCiphertextCopiedIntoAnotherOffersDraftIsRefusedAsTamperedAndReported() {
        seal.seal(DRAFT_B, content);
        SealedContent submittedByA = seal.seal(SUBMITTED_A, content);

        assertThatThrownBy(() -> seal.open(DRAFT_B, submittedByA)).isInstanceOf(SealBrokenException.class)
                .satisfies(e -> assertThat(((DomainException) e).violations())
                        .containsExactly(new Violation(null, "offers.seal.broken", 8L, "DRAFT 1")));
        assertThat(fired(Kind.TAMPER_DETECTED)).singleElement().satisfies(event -> {
            assertThat(event.subject()).isEqualTo("offer:8");
            assertThat(event.detail()).contains("DRAFT 1").doesNotContain(PRICE);
        });
    }

    @Test
    void aSubmittedCiphertextCopiedIntoItsOwnDraftSlotOrAnotherVersionIsRefused() {
        SealedContent submitted = seal.seal(SUBMITTED_A, content);

        assertThatThrownBy(() -> seal.open(DRAFT_A, submitted)).isInstanceOf(SealBrokenException.class);
        assertThatThrownBy(() -> seal.open(place(7, 11, Slot.SUBMITTED, 2), submitted))
                .isInstanceOf(SealBrokenException.class);
        assertThatThrownBy(() -> openingKeyAtDeadline().open(place(7, 11, Slot.SUBMITTED, 2), submitted))
                .isInstanceOf(SealBrokenException.class);
        assertThat(fired(Kind.TAMPER_DETECTED)).hasSize(3);
    }

    @Test
    void aCiphertextPutIntoASlotWhereNothingWasEverSealedIsRefusedAsTamperedNotAsAnError() {
        SealedContent submitted = seal.seal(SUBMITTED_A, content);

        assertThatThrownBy(() -> seal.open(place(7, 11, Slot.DRAFT, 0), submitted))
                .isInstanceOf(SealBrokenException.class);
        assertThat(fired(Kind.TAMPER_DETECTED)).singleElement()
                .satisfies(event -> assertThat(event.detail()).contains("DRAFT 0"));
        assertThatThrownBy(() -> seal.seal(place(7, 11, Slot.DRAFT, 0), content))
                .as("the application seals from number 1").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCiphertextMovedToAnotherOffersRowIsRefusedByTheOpeningKeyToo() {
        SealedContent submittedByA = seal.seal(SUBMITTED_A, content);
        seal.seal(place(8, 12, Slot.SUBMITTED, 1), content);

        assertThatThrownBy(() -> openingKeyAtDeadline().open(place(8, 12, Slot.SUBMITTED, 1), submittedByA))
                .isInstanceOf(SealBrokenException.class);
    }

    @Test
    void oneChangedByteIsRefused() {
        SealedContent sealed = seal.seal(SUBMITTED_A, content);
        byte[] altered = sealed.getCiphertext();
        altered[altered.length / 2] ^= 1;
        SealedContent tampered = new SealedContent(altered, sealed.getNonce(), sealed.getKeyId(), sealed.getKeys());

        assertThatThrownBy(() -> seal.open(SUBMITTED_A, tampered)).isInstanceOf(SealBrokenException.class);
        assertThatThrownBy(() -> openingKeyAtDeadline().open(SUBMITTED_A, tampered))
                .isInstanceOf(SealBrokenException.class);
    }

    @Test
    void aSupplierKeyMovedToAnotherOffersRowOpensNothingThere() throws ReflectiveOperationException {
        SealedContent sealed = seal.seal(DRAFT_A, content);
        SupplierKey keyOfA = store.supplierKey(7L).orElseThrow();
        overwrite(keyOfA, "offerId", 8L);

        assertThatThrownBy(() -> seal.open(DRAFT_B, sealed)).isInstanceOf(SealBrokenException.class);
    }

    @Test
    void theOpeningKeyIsRefusedOneNanosecondBeforeTheDeadlineAndGivenAtIt() {
        seal.seal(SUBMITTED_A, content);
        clock.set(DEADLINE.minusNanos(1));

        assertThatThrownBy(() -> seal.openingKey(1L, "kari")).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).violations()).containsExactly(
                        new Violation(null, "offers.openingKey.beforeDeadline", Instant.parse("2026-03-01T11:00:00Z"))));
        assertThat(fired(Kind.KEY_UNWRAPPED)).isEmpty();

        clock.set(DEADLINE);
        assertThat(seal.openingKey(1L, "kari")).isNotNull();
        assertThat(fired(Kind.KEY_UNWRAPPED)).singleElement()
                .satisfies(event -> assertThat(event).extracting(SecurityEvent::actor, SecurityEvent::subject)
                        .containsExactly("kari", "tender:1"));
    }

    @Test
    void onceUnwrappedFromTheDeadlineOnTheKeyStaysReleasedForARestartedServerButAForgedMarkDoesNot() {
        SealedContent sealed = seal.seal(SUBMITTED_A, content);
        openingKeyAtDeadline();
        clock.set(DEADLINE.minusSeconds(60));

        assertThat(seal(new MasterKeys(MASTER, null)).openingKey(1L, "per").open(SUBMITTED_A, sealed))
                .as("a server started afterwards, its clock behind").isEqualTo(content);

        tenders.put(2L, Stored.withId(OfferFixtures.tender(), 2L));
        seal.seal(new SealPlace(2, 9, 11, Slot.SUBMITTED, 1), content);
        TenderKey other = store.tenderKey(2L).orElseThrow();
        other.release(store.tenderKey(1L).orElseThrow().getReleased());
        assertThatThrownBy(() -> seal.openingKey(2L, "per")).as("a release mark copied from another tender")
                .isInstanceOf(DomainException.class);
    }

    @Test
    void aDeadlineMovedEarlierInTheTenderDoesNotGiveTheOpeningKeySooner() throws ReflectiveOperationException {
        seal.seal(SUBMITTED_A, content);
        overwrite(tenders.get(1L).getTimeline(), "submissionDeadline", DEADLINE.minusSeconds(86_400));
        clock.set(DEADLINE.minusSeconds(3600));

        assertThatThrownBy(() -> seal.openingKey(1L, "kari")).isInstanceOf(DomainException.class)
                .hasMessageContaining("1 Mar 2026 12:00");
    }

    @Test
    void aDeadlineMovedEarlierInTheKeyRowBreaksTheKeyInsteadOfOpeningIt() throws ReflectiveOperationException {
        SealedContent sealed = seal.seal(SUBMITTED_A, content);
        TenderKey key = store.tenderKey(1L).orElseThrow();
        overwrite(key, "deadline", DEADLINE.minusSeconds(86_400));
        overwrite(tenders.get(1L).getTimeline(), "submissionDeadline", DEADLINE.minusSeconds(86_400));
        clock.set(DEADLINE.minusSeconds(3600));

        OfferSeal.OpeningKey opening = seal.openingKey(1L, "kari");

        assertThatThrownBy(() -> opening.open(SUBMITTED_A, sealed)).isInstanceOf(SealBrokenException.class);
        assertThat(fired(Kind.TAMPER_DETECTED)).extracting(SecurityEvent::subject).contains("tender:1");
        assertThat(fired(Kind.KEY_UNWRAPPED)).isEmpty();
    }

    @Test
    void theOpeningKeyNeverOpensADraft() {
        seal.seal(SUBMITTED_A, content);
        SealedContent draft = seal.seal(DRAFT_A, content);

        assertThatThrownBy(() -> openingKeyAtDeadline().open(DRAFT_A, draft))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void neitherThePriceNorAnyOtherTextCanBeReadFromWhatIsStored() {
        SealedContent sealed = seal.seal(SUBMITTED_A, content);

        StringBuilder stored = new StringBuilder(text(sealed.getCiphertext())).append(text(sealed.getNonce()))
                .append(text(sealed.getKeys())).append(sealed.getKeyId());
        store.tenderKeys.forEach(key -> stored.append(text(key.getPrivateKey().getWrapped()))
                .append(text(key.getPublicKey().getWrapped())));
        store.supplierKeys.forEach(key -> stored.append(text(key.getKey().getWrapped())));
        assertThat(stored.toString()).doesNotContain(PRICE).doesNotContain("987654").doesNotContain("98765432")
                .doesNotContain("Hyrimoz").doesNotContain("123456").doesNotContain("ISO 14001");
    }

    @Test
    void everySealingUsesANewContentKeyAndNonce() {
        SealedContent first = seal.seal(SUBMITTED_A, content);
        SealedContent second = seal.seal(SUBMITTED_A, content);

        assertThat(first.getNonce()).hasSize(12).isNotEqualTo(second.getNonce());
        assertThat(first.getCiphertext()).isNotEqualTo(second.getCiphertext());
        assertThat(first.getKeys()).isNotEqualTo(second.getKeys());
    }

    @Test
    void wrappedKeysAreNeverEqualAcrossTendersOrOffers() {
        tenders.put(2L, Stored.withId(OfferFixtures.tender(), 2L));
        seal.seal(SUBMITTED_A, content);
        seal.seal(new SealPlace(2, 9, 11, Slot.SUBMITTED, 1), content);
        seal.seal(DRAFT_B, content);

        TenderKey first = store.tenderKey(1L).orElseThrow();
        TenderKey second = store.tenderKey(2L).orElseThrow();
        assertThat(first.getPrivateKey().getWrapped()).isNotEqualTo(second.getPrivateKey().getWrapped());
        assertThat(first.getPublicKey().getWrapped()).isNotEqualTo(second.getPublicKey().getWrapped());
        assertThat(store.supplierKeys).hasSize(3);
        assertThat(store.supplierKeys.get(0).getKey().getWrapped())
                .isNotEqualTo(store.supplierKeys.get(1).getKey().getWrapped())
                .isNotEqualTo(store.supplierKeys.get(2).getKey().getWrapped());
    }

    @Test
    void aValueSealedInTheFormerFormatIsRefusedByName() {
        SealedContent former = new SealedContent(new byte[40], new byte[12], "0123456789abcdef", new byte[0]);

        assertThatThrownBy(() -> seal.open(DRAFT_A, former)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("0123456789abcdef").hasMessageContaining(AesGcmOfferSeal.FORMAT);
    }

    @Test
    void rotatingTheMasterKeyRewrapsEveryKeyAndWhatWasSealedStillOpensUnderTheNewKeyAlone() {
        SealedContent draft = seal.seal(DRAFT_A, content);
        SealedContent submitted = seal.seal(SUBMITTED_A, content);
        String oldId = seal.masterKeyId();

        AesGcmOfferSeal rotating = seal(new MasterKeys(NEW_MASTER, MASTER));
        assertThat(rotating.rotateMasterKey()).isEqualTo(2);
        assertThat(rotating.rotateMasterKey()).as("nothing left under the previous key").isZero();

        AesGcmOfferSeal rotated = seal(new MasterKeys(NEW_MASTER, null));
        assertThat(rotated.open(DRAFT_A, draft)).isEqualTo(content);
        clock.set(DEADLINE);
        assertThat(rotated.openingKey(1L, "kari").open(SUBMITTED_A, submitted)).isEqualTo(content);
        assertThat(store.supplierKeys).allSatisfy(key -> assertThat(key.getKey().getMasterKeyId())
                .isEqualTo(rotated.masterKeyId()).isNotEqualTo(oldId));
        assertThat(fired(Kind.KEY_ROTATED)).singleElement()
                .satisfies(event -> assertThat(event.detail()).contains(oldId).contains(rotated.masterKeyId()));
        assertThatThrownBy(() -> seal(new MasterKeys(MASTER, null)).open(DRAFT_A, draft))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(rotated.masterKeyId())
                .hasMessageContaining(MasterKeyFile.PROPERTY);
    }

    /** Sets {@code target}'s field {@code name} behind the class's back, as a hand changing the stored row would. */
    private static void overwrite(Object target, String name, Object value) throws ReflectiveOperationException {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
