package no.lis.tender.catalogue.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import no.lis.tender.catalogue.domain.Ddd;
import no.lis.tender.catalogue.domain.DoseUnit;
import no.lis.tender.catalogue.domain.OrganisationNumber;
import no.lis.tender.catalogue.domain.Pack;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * How the catalogue's pages show amounts, DDDs, packs and organisation numbers: Norwegian number
 * format (decimal comma, space between thousands) and the units as the WHO ATC/DDD index writes them,
 * e.g. "2,9 mg P" or "2 TU P". Money is shown by {@code formatView.money}.
 */
@Named
@ApplicationScoped
public class CatalogueFormatView {

    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");

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
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(NORWEGIAN);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(6);
        return format.format(amount);
    }

    /** The unit's symbol: g, mg, mcg, IE (IU in English), TU, MU, mmol, ml. */
    public String unit(DoseUnit unit) {
        if (unit == null) {
            return "";
        }
        return switch (unit) {
            case IU -> "en".equals(language()) ? "IU" : "IE";
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

    private static String language() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? "nb" : faces.getViewRoot().getLocale().getLanguage();
    }
}
