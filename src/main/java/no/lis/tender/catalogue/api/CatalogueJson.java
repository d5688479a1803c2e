package no.lis.tender.catalogue.api;

import no.lis.tender.catalogue.domain.Ddd;
import no.lis.tender.catalogue.domain.GroupMember;
import no.lis.tender.catalogue.domain.Pack;
import no.lis.tender.catalogue.domain.Product;
import no.lis.tender.catalogue.domain.SpecialistGroup;
import no.lis.tender.catalogue.domain.Substance;
import no.lis.tender.catalogue.domain.Supplier;
import no.lis.tender.catalogue.domain.TherapeuticArea;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON shapes of the catalogue. ATC codes, varenummer and organisation numbers are strings;
 * amounts and money are JSON numbers (money in NOK with two decimals, DDDs per pack and prices per
 * DDD with four); units, routes, types and professions are the names of their constants
 * ({@code MG}, {@code PARENTERAL}, {@code BIOSIMILAR}); a {@code version} goes back with each change.
 */
public final class CatalogueJson {

    private CatalogueJson() {
    }

    public record SupplierJson(Long id, String name, String organisationNumber, String contactEmail, long version) {

        static SupplierJson of(Supplier s) {
            return new SupplierJson(s.getId(), s.getName(), s.getOrganisationNumber().value(),
                    s.getContactEmail().value(), s.getVersion());
        }
    }

    /** A DDD, e.g. {@code {"amount": 2.9, "unit": "MG", "route": "PARENTERAL"}}. */
    public record DddJson(BigDecimal amount, String unit, String route) {

        static DddJson of(Ddd ddd) {
            return ddd == null ? null : new DddJson(plain(ddd.getAmount()), ddd.getUnit().name(), ddd.getRoute().name());
        }
    }

    public record AreaJson(Long id, String code, String name) {

        static AreaJson of(TherapeuticArea a) {
            return a == null ? null : new AreaJson(a.getId(), a.getCode(), a.getName());
        }
    }

    public record SubstanceJson(Long id, String atcCode, String name, DddJson ddd, LocalDate patentExpiry,
                         AreaJson therapeuticArea, long version) {

        static SubstanceJson of(Substance s) {
            return new SubstanceJson(s.getId(), s.getAtcCode().value(), s.getName(), DddJson.of(s.getDdd()),
                    s.getPatentExpiry(), AreaJson.of(s.getTherapeuticArea()), s.getVersion());
        }
    }

    public record SubstanceRef(Long id, String atcCode, String name, DddJson ddd) {

        static SubstanceRef of(Substance s) {
            return new SubstanceRef(s.getId(), s.getAtcCode().value(), s.getName(), DddJson.of(s.getDdd()));
        }
    }

    public record SupplierRef(Long id, String name) {

        static SupplierRef of(Supplier s) {
            return new SupplierRef(s.getId(), s.getName());
        }
    }

    public record PackJson(String form, BigDecimal strengthAmount, String strengthUnit, BigDecimal packSize,
                    String packUnit) {

        static PackJson of(Pack p) {
            return new PackJson(p.getForm(), plain(p.getStrengthAmount()), p.getStrengthUnit().name(),
                    plain(p.getPackSize()), p.getPackUnit());
        }
    }

    /**
     * A product with what follows from its pack and its substance's DDD: {@code dddsPerPack} and
     * {@code maximumPricePerDdd}, both absent where the substance has no DDD.
     */
    public record ProductJson(Long id, String varenummer, String name, SubstanceRef substance, PackJson pack,
                       SupplierRef marketingAuthorisationHolder, BigDecimal maximumPricePerPack, String productType,
                       BigDecimal dddsPerPack, BigDecimal maximumPricePerDdd, long version) {

        static ProductJson of(Product p) {
            return new ProductJson(p.getId(), p.getVarenummer().value(), p.getName(), SubstanceRef.of(p.getSubstance()),
                    PackJson.of(p.getPack()), SupplierRef.of(p.getMarketingAuthorisationHolder()),
                    p.getMaximumPricePerPack(), p.getProductType().name(), p.dddsPerPack(), p.maximumPricePerDdd(),
                    p.getVersion());
        }
    }

    public record MemberJson(String fullName, String email, String profession, String username) {

        static MemberJson of(GroupMember m) {
            return new MemberJson(m.getFullName(), m.getEmail().value(), m.getProfession().name(), m.getUsername());
        }
    }

    public record SpecialistGroupJson(Long id, String name, AreaJson therapeuticArea, List<MemberJson> members,
                               long version) {

        static SpecialistGroupJson of(SpecialistGroup g) {
            return new SpecialistGroupJson(g.getId(), g.getName(), AreaJson.of(g.getTherapeuticArea()),
                    g.getMembers().stream().map(MemberJson::of).toList(), g.getVersion());
        }
    }

    /** An amount as the database holds it (2.900000) written as typed (2.9), never in E-notation. */
    private static BigDecimal plain(BigDecimal amount) {
        return amount == null ? null : new BigDecimal(amount.stripTrailingZeros().toPlainString());
    }
}
