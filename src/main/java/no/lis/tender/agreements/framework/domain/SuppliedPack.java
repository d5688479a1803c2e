package no.lis.tender.agreements.framework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import no.lis.tender.catalogue.domain.Supplier;
import no.lis.tender.catalogue.domain.Varenummer;

import java.util.Objects;

/**
 * One pack of one supplier as an agreement keeps it: the supplier's id and name and the pack's
 * varenummer and product name, copied when the agreement was made so that it reads as made even when
 * the catalogue changes later. Columns {@code SUPPLIER_ID}, {@code SUPPLIER_NAME}, {@code VARENUMMER}
 * and {@code PRODUCT_NAME} in each table that keeps one (framework agreement lines, direct agreements,
 * shortages). A value: replaced, never changed.
 */
@Embeddable
public class SuppliedPack {

    public static final int PRODUCT_NAME_LENGTH = 200;

    @Column(name = "SUPPLIER_ID", nullable = false)
    private Long supplierId;

    @Column(name = "SUPPLIER_NAME", nullable = false, length = Supplier.NAME_LENGTH)
    private String supplierName;

    /** The varenummer as stored; handed out as {@link Varenummer}. */
    @Column(name = "VARENUMMER", nullable = false, length = Varenummer.LENGTH)
    private String varenummer;

    @Column(name = "PRODUCT_NAME", nullable = false, length = PRODUCT_NAME_LENGTH)
    private String productName;

    protected SuppliedPack() {
    }

    SuppliedPack(Long supplierId, String supplierName, Varenummer varenummer, String productName) {
        this.supplierId = Objects.requireNonNull(supplierId, "supplierId");
        this.supplierName = Objects.requireNonNull(supplierName, "supplierName");
        this.varenummer = varenummer.value();
        this.productName = Objects.requireNonNull(productName, "productName");
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

    /** Whether it is the pack {@code pack}, of whichever supplier. */
    boolean is(Varenummer pack) {
        return varenummer.equals(pack.value());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SuppliedPack p && Objects.equals(supplierId, p.supplierId)
                && Objects.equals(varenummer, p.varenummer);
    }

    @Override
    public int hashCode() {
        return Objects.hash(supplierId, varenummer);
    }

    @Override
    public String toString() {
        return supplierName + " " + varenummer;
    }
}
