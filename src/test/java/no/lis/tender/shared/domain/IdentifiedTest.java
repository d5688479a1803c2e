package no.lis.tender.shared.domain;

import no.lis.tender.shared.Stored;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifiedTest {

    /** An entity whose stored id decides. */
    static class ById extends Identified {
    }

    /** An entity that is one per tender and supplier, whatever its stored id. */
    static class ByKey extends Identified {
        final Long tenderId;
        final Long supplierId;

        ByKey(Long tenderId, Long supplierId) {
            this.tenderId = tenderId;
            this.supplierId = supplierId;
        }

        @Override
        protected Object[] businessKey() {
            return new Object[] {tenderId, supplierId};
        }
    }

    /** Another kind with the same key shape: never equal to a {@link ByKey}. */
    static class OtherByKey extends ByKey {
        OtherByKey(Long tenderId, Long supplierId) {
            super(tenderId, supplierId);
        }
    }

    @Test
    void twoReadsOfOneStoredRowAreTheSameEntity() {
        ById a = Stored.withId(new ById(), 7);
        ById b = Stored.withId(new ById(), 7);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(Stored.withId(new ById(), 8));
    }

    @Test
    void anEntityNotStoredYetIsOnlyItself() {
        ById unsaved = new ById();
        assertThat(unsaved).isEqualTo(unsaved).isNotEqualTo(new ById());
    }

    @Test
    void theBusinessKeyDecidesWhateverTheStoredIds() {
        ByKey stored = Stored.withId(new ByKey(1L, 2L), 7);
        ByKey unsaved = new ByKey(1L, 2L);
        assertThat(stored).isEqualTo(unsaved).hasSameHashCodeAs(unsaved);
        assertThat(stored).isNotEqualTo(Stored.withId(new ByKey(1L, 3L), 7));
    }

    @Test
    void absentKeyValuesCompareAsValuesToo() {
        assertThat(new ByKey(1L, null)).isEqualTo(new ByKey(1L, null)).isNotEqualTo(new ByKey(null, 1L));
    }

    @Test
    void anotherClassWithTheSameKeyIsAnotherEntity() {
        assertThat(new ByKey(1L, 2L)).isNotEqualTo(new OtherByKey(1L, 2L)).isNotEqualTo(null);
    }
}
