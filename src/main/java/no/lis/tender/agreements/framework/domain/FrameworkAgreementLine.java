package no.lis.tender.agreements.framework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import no.lis.tender.catalogue.domain.Supplier;
import no.lis.tender.catalogue.domain.Varenummer;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One product of a framework agreement: the awarded supplier with its rank (1 is used first), the
 * pack and its agreed price per pack in NOK, excluding VAT, with two decimals.
 */
@Embeddable
public class FrameworkAgreementLine {

    public static final int PRODUCT_NAME_LENGTH = 200;

    @Column(name = "SUPPLIER_RANK", nullable = false)
    private int supplierRank;

    @Column(name = "SUPPLIER_ID", nullable = false)
    private Long supplierId;

    @Column(name = "SUPPLIER_NAME", nullable = false, length = Supplier.NAME_LENGTH)
    private String supplierName;

    /** The varenummer as stored; handed out as {@link Varenummer}. */
    @Column(name = "VARENUMMER", nullable = false, length = Varenummer.LENGTH)
    private String varenummer;

    @Column(name = "PRODUCT_NAME", nullable = false, length = PRODUCT_NAME_LENGTH)
    private String productName;

    @Column(name = "PRICE_PER_PACK", nullable = false, precision = 18, scale = 2)
    private BigDecimal pricePerPack;

    protected FrameworkAgreementLine() {
    }

    FrameworkAgreementLine(int supplierRank, Long supplierId, String supplierName, Varenummer varenummer,
                           String productName, BigDecimal pricePerPack) {
        this.supplierRank = supplierRank;
        this.supplierId = Objects.requireNonNull(supplierId, "supplierId");
        this.supplierName = Objects.requireNonNull(supplierName, "supplierName");
        this.varenummer = varenummer.value();
        this.productName = Objects.requireNonNull(productName, "productName");
        this.pricePerPack = Objects.requireNonNull(pricePerPack, "pricePerPack");
    }

    /** The supplier's rank in the agreement: 1 is used first. */
    public int getSupplierRank() {
        return supplierRank;
    }

    public Long getSupplierId() {
        return supplierId;
    }

    public String getSupplierName() {
        return supplierName;
    }

    public Varenummer getVarenummer() {
        return new Varenummer(varenummer);
    }

    public String getProductName() {
        return productName;
    }

    /** NOK per pack, excluding VAT, two decimals. */
    public BigDecimal getPricePerPack() {
        return pricePerPack;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FrameworkAgreementLine l && Objects.equals(varenummer, l.varenummer)
                && Objects.equals(supplierId, l.supplierId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(varenummer, supplierId);
    }

    @Override
    public String toString() {
        return supplierRank + ". " + supplierName + " " + varenummer + " " + pricePerPack + " NOK";
    }
}
