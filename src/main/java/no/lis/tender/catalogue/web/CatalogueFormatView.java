package no.lis.tender.catalogue.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import no.lis.tender.catalogue.domain.Ddd;
import no.lis.tender.catalogue.domain.DoseUnit;
import no.lis.tender.catalogue.domain.OrganisationNumber;
import no.lis.tender.catalogue.domain.Pack;
import no.lis.tender.shared.web.FormatView;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * How the catalogue's pages show amounts, DDDs, packs and organisation numbers: numbers in the page's
 * language ({@link FormatView#formats()}: "2,9" in bokmål, "2.9" in English) and the units as the WHO
 * ATC/DDD index writes them, e.g. "2,9 mg P" or "2 TU P". Money is shown by {@code formatView.money}.
 */
@Named
@ApplicationScoped
public class CatalogueFormatView {

    /** "2,9 mg P"; empty where the substance has no DDD. */
    public String ddd(Ddd ddd) {
        return ddd == null ? "" : amount(ddd.getAmount()) + " " + unit(ddd.getUnit()) + " " + ddd.getRoute().whoCode();
    }

    /** "40 mg × 2 ferdigfylt penn". */
    public String pack(Pack pack) {
        return pack == null ? "" : amount(pack.getStrengthAmount()) + " " + unit(pack.getStrengthUnit()) + " × "
                + amount(pack.getPackSize()) + " " + pack.getPackUnit();
    }

    /** An amount without trailing zeros, e.g. "27,5862" or "4 000"; empty for none. */
    public String amount(BigDecimal amount) {
        return FormatView.formats().number(amount);
    }

    /** The unit's symbol: g, mg, mcg, IE (IU in English), TU, MU, mmol, ml. */
    public String unit(DoseUnit unit) {
        if (unit == null) {
            return "";
        }
        return switch (unit) {
            case IU -> "en".equals(FormatView.formats().locale().getLanguage()) ? "IU" : "IE";
            case TU, MU -> unit.name();
            default -> unit.name().toLowerCase(Locale.ROOT);
        };
    }

    /** "981 234 502". */
    public String organisationNumber(OrganisationNumber number) {
        if (number == null) {
            return "";
        }
        String digits = number.value();
        return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
    }
}
