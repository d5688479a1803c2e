package no.lis.tender.tendering.domain;

import no.lis.tender.shared.domain.DomainException;

import java.util.regex.Pattern;

/**
 * A code of the Common Procurement Vocabulary (CPV, Regulation (EC) No 2195/2002) under which a lot
 * is announced: eight digits, without the check digit that printed lists add after a dash (eForms
 * carries none). Lots of this application buy drugs, so the code is 33600000 "Pharmaceutical
 * products" or one below it (336xxxxx), e.g. 33652300 "Immunosuppressive agents".
 */
public record CpvCode(String value) {

    public static final int LENGTH = 8;
    private static final Pattern FORMAT = Pattern.compile("[0-9]{8}");
    private static final String PHARMACEUTICAL_PREFIX = "336";
    /** After the patterns, which it is checked with. */
    public static final CpvCode PHARMACEUTICAL_PRODUCTS = new CpvCode("33600000");

    /** Takes the code as typed; a check digit after a dash ({@code 33600000-8}) and spaces are dropped. */
    public CpvCode {
        value = value == null ? "" : value.strip();
        int dash = value.indexOf('-');
        value = (dash < 0 ? value : value.substring(0, dash)).replace(" ", "");
        if (!FORMAT.matcher(value).matches()) {
            throw new DomainException(null, "tender.cpv.format");
        }
        if (!value.startsWith(PHARMACEUTICAL_PREFIX)) {
            throw new DomainException(null, "tender.cpv.notPharmaceutical", value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
