package no.lis.tender.offers.domain;

import java.nio.charset.StandardCharsets;

/**
 * Where a sealed value belongs: the tender, the offer, the supplier, the slot and the slot's number
 * (the draft's number, the submission's number, the attachment's number). The seal binds every
 * value to its place as associated data, so that a ciphertext copied to another row, another slot
 * or another version of the same slot fails its authentication instead of opening there.
 */
public record SealPlace(long tenderId, long offerId, long supplierId, Slot slot, int number) {

    /** The kinds of sealed value; those {@link #forOpening()} can also be opened with the tender's opening key. */
    public enum Slot {
        DRAFT(false),
        SUBMITTED(true),
        RECEIPT(false),
        ATTACHMENT(true),
        ATTACHMENT_NAME(true);

        private final boolean forOpening;

        Slot(boolean forOpening) {
            this.forOpening = forOpening;
        }

        /** Whether buyers read it after the opening: only what was submitted, never a draft or the supplier's receipt notes. */
        public boolean forOpening() {
            return forOpening;
        }
    }

    public SealPlace {
        if (slot == null || number < 1) {
            throw new IllegalArgumentException("a seal place needs a slot and a number from 1");
        }
    }

    /** The associated data every sealing at this place is bound to. */
    public byte[] associatedData() {
        return ("lis-offer-seal-2;tender=" + tenderId + ";offer=" + offerId + ";supplier=" + supplierId + ";slot="
                + slot + ";number=" + number).getBytes(StandardCharsets.US_ASCII);
    }

    /** E.g. "DRAFT 3": for messages and the security log, without any content. */
    public String label() {
        return slot + " " + number;
    }
}
