package no.lis.tender.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import no.lis.tender.shared.domain.Versioned;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A medicine as it is sold: one pack (pakning) of a trade-named product, known by its varenummer,
 * which no other product may have. Its maximum price (maksimalpris) is the pharmacy purchase price
 * (AIP) per pack excluding VAT set by the medicines authority; offers are compared per DDD.
 */
@Entity
@Table(name = "CAT_PRODUCT", uniqueConstraints = @UniqueConstraint(
        name = "UQ_CAT_PRODUCT_VARENUMMER", columnNames = "VARENUMMER"))
@NamedQuery(name = "Product.findByVarenummer", query = "SELECT p FROM Product p WHERE p.varenummer = :varenummer")
@NamedQuery(name = "Product.findByVarenumre", query = "SELECT p FROM Product p JOIN FETCH p.substance"
        + " WHERE p.varenummer IN :varenumre", hints = @QueryHint(name = "eclipselink.read-only", value = "true"))
@NamedQuery(name = "Product.findAll", query = "SELECT p FROM Product p ORDER BY p.name, p.id")
public class Product extends Versioned {

    public static final int NAME_LENGTH = 200;
    /** The scale of the computed DDDs per pack and price per DDD; they are rounded half up. */
    public static final int DDD_SCALE = 4;

    @Column(name = "VARENUMMER", nullable = false, length = Varenummer.LENGTH)
    private Varenummer varenummer;

    @Column(name = "NAME", nullable = false, length = NAME_LENGTH)
    private String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "SUBSTANCE_ID", nullable = false, foreignKey = @ForeignKey(name = "FK_CAT_PRODUCT_SUBSTANCE"))
    private Substance substance;

    @Embedded
    private Pack pack;

    @ManyToOne(optional = false)
    @JoinColumn(name = "MA_HOLDER_ID", nullable = false, foreignKey = @ForeignKey(name = "FK_CAT_PRODUCT_MA_HOLDER"))
    private Supplier marketingAuthorisationHolder;

    @Column(name = "MAXIMUM_PRICE_PER_PACK", nullable = false, precision = 12, scale = Checks.PRICE_SCALE)
    private BigDecimal maximumPricePerPack;

    @Enumerated(EnumType.STRING)
    @Column(name = "PRODUCT_TYPE", nullable = false, length = 20)
    private ProductType productType;

    protected Product() {
    }

    public Product(Varenummer varenummer, String name, Substance substance, Pack pack,
                   Supplier marketingAuthorisationHolder, BigDecimal maximumPricePerPack, ProductType productType) {
        correctVarenummer(varenummer);
        rename(name);
        correctSubstance(substance);
        repack(pack);
        transferMarketingAuthorisation(marketingAuthorisationHolder);
        changeMaximumPrice(maximumPricePerPack);
        classifyAs(productType);
    }

    /** Puts right a varenummer that was registered wrongly; its uniqueness is for the repository to check. */
    public void correctVarenummer(Varenummer correct) {
        this.varenummer = Checks.present(correct);
    }

    public void rename(String newName) {
        this.name = Checks.text(newName, NAME_LENGTH);
    }

    /** Puts right the active substance the product was registered with. */
    public void correctSubstance(Substance correct) {
        this.substance = Checks.present(correct);
    }

    public void repack(Pack newPack) {
        this.pack = Checks.present(newPack);
    }

    public void transferMarketingAuthorisation(Supplier newHolder) {
        this.marketingAuthorisationHolder = Checks.present(newHolder);
    }

    /** A new maximum price per pack in NOK: zero or more, whole øre ({@code price.invalid}). */
    public void changeMaximumPrice(BigDecimal newMaximumPricePerPack) {
        this.maximumPricePerPack = Checks.price(newMaximumPricePerPack);
    }

    public void classifyAs(ProductType type) {
        this.productType = Checks.present(type);
    }

    /**
     * How many DDDs of its substance one pack holds (strength x pack size / DDD, e.g. 40 mg x 2 / 2.9 mg
     * = 27.5862), rounded half up to {@value #DDD_SCALE} decimals; {@code null} where the substance
     * has no DDD or the strength's unit cannot be converted into the DDD's.
     */
    public BigDecimal dddsPerPack() {
        return dddsPerPack(pack, substance.getDdd());
    }

    /** What an evaluation needs to know of this pack. */
    public PackFacts packFacts() {
        return new PackFacts(varenummer, dddsPerPack(), maximumPricePerPack);
    }

    /** {@link #dddsPerPack()} of {@code pack} of a substance with {@code ddd} (null where it has none). */
    static BigDecimal dddsPerPack(Pack pack, Ddd ddd) {
        return dddsPerPack(pack.totalStrength(), pack.getStrengthUnit(), ddd);
    }

    /**
     * {@link #dddsPerPack()} of a pack that holds {@code totalStrength} of {@code strengthUnit}
     * ({@link Pack#totalStrength()}), of a substance with {@code ddd} (null where it has none).
     */
    static BigDecimal dddsPerPack(BigDecimal totalStrength, DoseUnit strengthUnit, Ddd ddd) {
        return ddds(totalStrength, strengthUnit, ddd).map(ddds -> ddds.setScale(DDD_SCALE, RoundingMode.HALF_UP))
                .orElse(null);
    }

    /**
     * The maximum price per DDD in NOK, from the unrounded number of DDDs per pack, rounded half up
     * to {@value #DDD_SCALE} decimals; {@code null} where {@link #dddsPerPack()} is.
     */
    public BigDecimal maximumPricePerDdd() {
        return ddds().map(ddds -> maximumPricePerPack.divide(ddds, DDD_SCALE, RoundingMode.HALF_UP)).orElse(null);
    }

    private Optional<BigDecimal> ddds() {
        return ddds(pack, substance.getDdd());
    }

    private static Optional<BigDecimal> ddds(Pack pack, Ddd ddd) {
        return ddds(pack.totalStrength(), pack.getStrengthUnit(), ddd);
    }

    private static Optional<BigDecimal> ddds(BigDecimal totalStrength, DoseUnit strengthUnit, Ddd ddd) {
        return Optional.ofNullable(ddd).flatMap(known -> known.dddsIn(totalStrength, strengthUnit));
    }

    public Varenummer getVarenummer() {
        return varenummer;
    }

    public String getName() {
        return name;
    }

    public Substance getSubstance() {
        return substance;
    }

    public Pack getPack() {
        return pack;
    }

    public Supplier getMarketingAuthorisationHolder() {
        return marketingAuthorisationHolder;
    }

    public BigDecimal getMaximumPricePerPack() {
        return maximumPricePerPack;
    }

    public ProductType getProductType() {
        return productType;
    }
}
