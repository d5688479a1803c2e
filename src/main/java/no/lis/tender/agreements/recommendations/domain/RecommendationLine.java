package no.lis.tender.agreements.recommendations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.domain.Validation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One drug on a recommendation: for an indication or patient group, its rank (1 = first choice),
 * the product, a comment (e.g. "for nye pasienter") and the agreed prices. A line is known within
 * its recommendation by indication and varenummer ({@link #sameDrugFor}); it is immutable, and is
 * replaced as a whole while the recommendation is a draft.
 */
@Embeddable
public class RecommendationLine {

    public static final int INDICATION_LENGTH = 200;
    public static final int NAME_LENGTH = 200;
    public static final int COMMENT_LENGTH = 500;
    public static final int MAX_RANK = 99;
    /** Prices per pack and per period are stored as DECIMAL(18,2): whole øre. */
    public static final int PRICE_SCALE = 2;
    /** Prices per DDD are stored as DECIMAL(18,4). */
    public static final int PRICE_PER_DDD_SCALE = 4;
    private static final int PRICE_PRECISION = 18;
    private static final int MAX_PERIOD_DAYS = 3660;

    @Column(name = "INDICATION", nullable = false, length = INDICATION_LENGTH)
    private String indication;

    @Column(name = "CHOICE_RANK", nullable = false)
    private int rank;

    @Column(name = "PRODUCT_NAME", nullable = false, length = NAME_LENGTH)
    private String productName;

    @Column(name = "VARENUMMER", nullable = false, length = Varenummer.LENGTH)
    private Varenummer varenummer;

    @Column(name = "SUPPLIER_NAME", nullable = false, length = NAME_LENGTH)
    private String supplierName;

    @Column(name = "FRAMEWORK_AGREEMENT_ID")
    private Long frameworkAgreementId;

    @Column(name = "DIRECT_AGREEMENT_ID")
    private Long directAgreementId;

    @Column(name = "MARKET_CODE", length = RecommendedProduct.MARKET_LENGTH)
    private String marketCode;

    @Column(name = "LINE_COMMENT", length = COMMENT_LENGTH)
    private String comment;

    @Column(name = "PRICE_PER_PACK", nullable = false, precision = PRICE_PRECISION, scale = PRICE_SCALE)
    private BigDecimal pricePerPack;

    @Column(name = "PRICE_PER_DDD", precision = PRICE_PRECISION, scale = PRICE_PER_DDD_SCALE)
    private BigDecimal pricePerDdd;

    @Column(name = "PRICE_PER_PERIOD", precision = PRICE_PRECISION, scale = PRICE_SCALE)
    private BigDecimal pricePerTreatmentPeriod;

    @Column(name = "PERIOD_DAYS")
    private Integer treatmentPeriodDays;

    protected RecommendationLine() {
    }

    /**
     * A line, every broken rule reported at once under its field: {@code indication},
     * {@code productName} and {@code supplierName} required ({@code validation.required}) and at
     * most {@value #INDICATION_LENGTH}/{@value #NAME_LENGTH} characters ({@code text.tooLong});
     * {@code varenummer} required; {@code rank} from 1 to {@value #MAX_RANK}
     * ({@code recommendation.line.rank}); {@code comment} optional, at most {@value #COMMENT_LENGTH};
     * {@code pricePerPack} required, and every price zero or more in whole øre (per DDD: four
     * decimals) ({@code recommendation.line.price}); a price per treatment period needs its number of
     * days, 1 to 3660, and days need a price ({@code recommendation.line.treatmentPeriod}).
     */
    public static RecommendationLine of(String indication, int rank, RecommendedProduct product, String comment,
                                        LinePrices prices) {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(prices, "prices");
        Validation validation = new Validation();
        RecommendationLine line = new RecommendationLine();
        line.indication = required(validation, "indication", indication, INDICATION_LENGTH);
        validation.check(rank >= 1 && rank <= MAX_RANK, "rank", "recommendation.line.rank", MAX_RANK);
        line.rank = rank;
        line.productName = required(validation, "productName", product.productName(), NAME_LENGTH);
        validation.required(product.varenummer(), "varenummer");
        line.varenummer = product.varenummer();
        line.supplierName = required(validation, "supplierName", product.supplierName(), NAME_LENGTH);
        line.frameworkAgreementId = product.frameworkAgreementId();
        line.directAgreementId = product.directAgreementId();
        line.marketCode = product.marketCode();
        validation.check(line.marketCode == null || line.marketCode.length() <= RecommendedProduct.MARKET_LENGTH,
                "marketCode", "text.tooLong", RecommendedProduct.MARKET_LENGTH);
        line.comment = optional(validation, "comment", comment, COMMENT_LENGTH);
        if (validation.required(prices.pricePerPack(), "pricePerPack")) {
            checkPrice(validation, "pricePerPack", prices.pricePerPack(), PRICE_SCALE);
        }
        checkPrice(validation, "pricePerDdd", prices.pricePerDdd(), PRICE_PER_DDD_SCALE);
        checkPrice(validation, "pricePerTreatmentPeriod", prices.pricePerTreatmentPeriod(), PRICE_SCALE);
        Integer days = prices.treatmentPeriodDays();
        boolean periodComplete = (prices.pricePerTreatmentPeriod() == null) == (days == null)
                && (days == null || days >= 1 && days <= MAX_PERIOD_DAYS);
        validation.check(periodComplete, "treatmentPeriodDays", "recommendation.line.treatmentPeriod", MAX_PERIOD_DAYS);
        validation.throwIfInvalid();
        line.pricePerPack = prices.pricePerPack();
        line.pricePerDdd = prices.pricePerDdd();
        line.pricePerTreatmentPeriod = prices.pricePerTreatmentPeriod();
        line.treatmentPeriodDays = days;
        return line;
    }

    private static String required(Validation validation, String field, String text, int maxLength) {
        return validation.required(text, field) ? optional(validation, field, text, maxLength) : null;
    }

    private static String optional(Validation validation, String field, String text, int maxLength) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        validation.check(stripped.length() <= maxLength, field, "text.tooLong", maxLength);
        return stripped;
    }

    private static void checkPrice(Validation validation, String field, BigDecimal price, int scale) {
        if (price == null) {
            return;
        }
        int decimals = Math.max(0, price.stripTrailingZeros().scale());
        BigDecimal limit = BigDecimal.TEN.pow(PRICE_PRECISION - scale);
        validation.check(price.signum() >= 0 && decimals <= scale && price.compareTo(limit) < 0, field,
                "recommendation.line.price", scale);
    }

    /** The same line with another rank, e.g. when a drug moves from second to first choice. */
    public RecommendationLine rankedAs(int newRank) {
        return of(indication, newRank, product(), comment, prices());
    }

    /** The same line with another comment ({@code null} or blank for none). */
    public RecommendationLine commented(String newComment) {
        return of(indication, rank, product(), newComment, prices());
    }

    /**
     * Whether {@code other} names the same drug for the same indication in the same market: the identity of a
     * line within a recommendation (a lot split into regions may rank one drug first in one region and second
     * in another).
     */
    public boolean sameDrugFor(RecommendationLine other) {
        return is(other.indication, other.varenummer) && Objects.equals(marketCode, other.marketCode);
    }

    /** The market the line ranks in, or {@code null} for all of Norway. */
    public String getMarketCode() {
        return marketCode;
    }

    /** The direct agreement the drug is bought under, or {@code null}. */
    public Long getDirectAgreementId() {
        return directAgreementId;
    }

    /** Whether this is the line of {@code someVarenummer} for {@code someIndication} (compared ignoring case and surrounding space). */
    public boolean is(String someIndication, Varenummer someVarenummer) {
        return varenummer.equals(someVarenummer) && someIndication != null
                && indication.equalsIgnoreCase(someIndication.strip());
    }

    /** Whether the line is a first choice for its indication. */
    public boolean isFirstChoice() {
        return rank == 1;
    }

    public RecommendedProduct product() {
        return new RecommendedProduct(productName, varenummer, supplierName, frameworkAgreementId, directAgreementId,
                marketCode);
    }

    public LinePrices prices() {
        return new LinePrices(pricePerPack, pricePerDdd, pricePerTreatmentPeriod, treatmentPeriodDays);
    }

    public String getIndication() {
        return indication;
    }

    /** 1 for the first choice, 2 for the second, and so on; drugs of equal standing may share a rank. */
    public int getRank() {
        return rank;
    }

    public String getProductName() {
        return productName;
    }

    public Varenummer getVarenummer() {
        return varenummer;
    }

    public String getSupplierName() {
        return supplierName;
    }

    /** The framework agreement the drug is bought under, or {@code null}. */
    public Long getFrameworkAgreementId() {
        return frameworkAgreementId;
    }

    /** The comment, or {@code null}. */
    public String getComment() {
        return comment;
    }

    public BigDecimal getPricePerPack() {
        return pricePerPack;
    }

    /** Or {@code null}. */
    public BigDecimal getPricePerDdd() {
        return pricePerDdd;
    }

    /** Or {@code null}. */
    public BigDecimal getPricePerTreatmentPeriod() {
        return pricePerTreatmentPeriod;
    }

    /** Or {@code null}. */
    public Integer getTreatmentPeriodDays() {
        return treatmentPeriodDays;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecommendationLine l && rank == l.rank && indication.equals(l.indication)
                && productName.equals(l.productName) && varenummer.equals(l.varenummer)
                && supplierName.equals(l.supplierName) && Objects.equals(frameworkAgreementId, l.frameworkAgreementId)
                && Objects.equals(directAgreementId, l.directAgreementId) && Objects.equals(marketCode, l.marketCode)
                && Objects.equals(comment, l.comment) && equal(pricePerPack, l.pricePerPack)
                && equal(pricePerDdd, l.pricePerDdd) && equal(pricePerTreatmentPeriod, l.pricePerTreatmentPeriod)
                && Objects.equals(treatmentPeriodDays, l.treatmentPeriodDays);
    }

    /** Prices compare by value: 100 and 100.00 are the same price. */
    static boolean equal(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(indication, rank, varenummer);
    }

    @Override
    public String toString() {
        return indication + " #" + rank + ": " + productName + " (" + varenummer + ")";
    }
}
