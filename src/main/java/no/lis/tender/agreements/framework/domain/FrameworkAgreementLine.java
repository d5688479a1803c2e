package no.lis.tender.agreements.framework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import no.lis.tender.catalogue.domain.Varenummer;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One product of a framework agreement: the awarded supplier with its rank (1 is used first), the
 * pack and its agreed price per pack in NOK, excluding VAT, with two decimals.
 */
@Embeddable
public class FrameworkAgreementLine {

    public static final int PRODUCT_NAME_LENGTH = SuppliedPack.PRODUCT_NAME_LENGTH;

    @Column(name = "SUPPLIER_RANK", nullable = false)
    private int supplierRank;

    @Embedded
    private SuppliedPack pack;

    @Column(name = "PRICE_PER_PACK", nullable = false, precision = 18, scale = 2)
    private BigDecimal pricePerPack;

    protected FrameworkAgreementLine() {
    }

    FrameworkAgreementLine(int supplierRank, Long supplierId, String supplierName, Varenummer varenummer,
                           String productName, BigDecimal pricePerPack) {
        this.supplierRank = supplierRank;
        this.pack = new SuppliedPack(supplierId, supplierName, varenummer, productName);
        this.pricePerPack = Objects.requireNonNull(pricePerPack, "pricePerPack");
    }

    /** The supplier's rank in the agreement: 1 is used first. */
    public int getSupplierRank() {
        return supplierRank;
    }

    /** The supplier and its pack. */
    public SuppliedPack getPack() {
        return pack;
    }

    /** NOK per pack, excluding VAT, two decimals. */
    public BigDecimal getPricePerPack() {
        return pricePerPack;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FrameworkAgreementLine l && Objects.equals(pack, l.pack);
    }

    @Override
    public int hashCode() {
        return pack.hashCode();
    }

    @Override
    public String toString() {
        return supplierRank + ". " + pack + " " + pricePerPack + " NOK";
    }
}
