package no.lis.tender.offers.domain;

import java.nio.charset.StandardCharsets;

/** A seal for tests of the rules around sealing: it keeps the canonical JSON as it is, without encrypting. */
public class PlainSeal implements OfferSeal {

    @Override
    public SealedContent seal(OfferContent content) {
        return new SealedContent(content.canonicalJson().getBytes(StandardCharsets.UTF_8), new byte[12], "plain");
    }

    @Override
    public OfferContent open(SealedContent sealed) {
        return OfferContent.fromCanonicalJson(new String(sealed.getCiphertext(), StandardCharsets.UTF_8));
    }

    @Override
    public SealedContent sealFile(byte[] file) {
        return new SealedContent(file.clone(), new byte[12], "plain");
    }

    @Override
    public byte[] openFile(SealedContent sealed) {
        return sealed.getCiphertext().clone();
    }
}
