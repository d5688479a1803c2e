package no.lis.tender.catalogue.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.lis.tender.catalogue.application.CatalogueQueries;
import no.lis.tender.catalogue.application.PackInput;
import no.lis.tender.catalogue.application.ProductDetails;
import no.lis.tender.catalogue.application.RegisterProduct;
import no.lis.tender.catalogue.application.UpdateProduct;
import no.lis.tender.catalogue.domain.DoseUnit;
import no.lis.tender.catalogue.domain.Pack;
import no.lis.tender.catalogue.domain.Product;
import no.lis.tender.catalogue.domain.ProductQuery;
import no.lis.tender.catalogue.domain.ProductType;
import no.lis.tender.shared.web.FacesMessages;
import no.lis.tender.shared.web.PagedModel;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The products (packs), searched by text, type, ATC group, substance and marketing authorisation
 * holder a page at a time, with DDDs per pack and maximum price per DDD; and the dialog that
 * registers or changes one. A refused save keeps the dialog open with what was typed and each broken
 * rule beside its field ({@code pack_strengthAmount} for {@code pack.strengthAmount}).
 */
@Named
@ViewScoped
public class ProductsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogueQueries queries;
    @Inject
    RegisterProduct registerProduct;
    @Inject
    UpdateProduct updateProduct;
    @Inject
    FacesMessages messages;

    private String text;
    private ProductType productType;
    private String atcPrefix;
    private Long substanceId;
    private Long supplierId;
    private PagedModel<Product, ProductQuery.Sort> products;
    private ProductForm form = new ProductForm();

    @PostConstruct
    void init() {
        products = new PagedModel<>(() -> queries.countProducts(query()),
                (first, max, sort, ascending) -> queries.products(query(), first, max, sort, ascending),
                ProductQuery.Sort.class, ProductQuery.Sort.NAME, true, Product::getId);
    }

    private ProductQuery query() {
        return new ProductQuery(text, productType, atcPrefix, substanceId, supplierId);
    }

    public void newProduct() {
        form = new ProductForm();
    }

    public void edit(long id) {
        queries.product(id).ifPresent(product -> form = ProductForm.of(product));
    }

    public void save() {
        ProductForm typed = form;
        PackInput pack = new PackInput(typed.packForm, typed.strengthAmount, typed.strengthUnit, typed.packSize,
                typed.packUnit);
        ProductDetails details = new ProductDetails(typed.varenummer, typed.name, typed.substanceId, pack,
                typed.holderId, typed.maximumPricePerPack, typed.productType);
        boolean saved = messages.attempt(() -> {
            if (typed.isNew()) {
                registerProduct.register(details);
            } else {
                updateProduct.update(new UpdateProduct.Command(typed.id, typed.version, details));
            }
        });
        if (saved) {
            messages.info(typed.isNew() ? "catalogue.product.registered" : "catalogue.product.updated",
                    typed.name.strip(), typed.varenummer.strip());
        }
    }

    public ProductType[] getProductTypes() {
        return ProductType.values();
    }

    public DoseUnit[] getUnits() {
        return DoseUnit.values();
    }

    public PagedModel<Product, ProductQuery.Sort> getProducts() {
        return products;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public ProductType getProductType() {
        return productType;
    }

    public void setProductType(ProductType productType) {
        this.productType = productType;
    }

    public String getAtcPrefix() {
        return atcPrefix;
    }

    public void setAtcPrefix(String atcPrefix) {
        this.atcPrefix = atcPrefix;
    }

    public Long getSubstanceId() {
        return substanceId;
    }

    public void setSubstanceId(Long substanceId) {
        this.substanceId = substanceId;
    }

    public Long getSupplierId() {
        return supplierId;
    }

    public void setSupplierId(Long supplierId) {
        this.supplierId = supplierId;
    }

    public ProductForm getForm() {
        return form;
    }

    /** The dialog's fields; {@code id} and {@code version} are those of the product being changed. */
    public static final class ProductForm extends CatalogueEntryForm {

        private static final long serialVersionUID = 1L;

        private String varenummer;
        private Long substanceId;
        private String packForm;
        private BigDecimal strengthAmount;
        private DoseUnit strengthUnit = DoseUnit.MG;
        private BigDecimal packSize;
        private String packUnit;
        private Long holderId;
        private BigDecimal maximumPricePerPack;
        private ProductType productType;

        static ProductForm of(Product product) {
            ProductForm form = new ProductForm();
            form.id = product.getId();
            form.version = product.getVersion();
            form.varenummer = product.getVarenummer().value();
            form.name = product.getName();
            form.substanceId = product.getSubstance().getId();
            Pack pack = product.getPack();
            form.packForm = pack.getForm();
            form.strengthAmount = pack.getStrengthAmount().stripTrailingZeros();
            form.strengthUnit = pack.getStrengthUnit();
            form.packSize = pack.getPackSize().stripTrailingZeros();
            form.packUnit = pack.getPackUnit();
            form.holderId = product.getMarketingAuthorisationHolder().getId();
            form.maximumPricePerPack = product.getMaximumPricePerPack();
            form.productType = product.getProductType();
            return form;
        }

        public String getVarenummer() {
            return varenummer;
        }

        public void setVarenummer(String varenummer) {
            this.varenummer = varenummer;
        }

        public Long getSubstanceId() {
            return substanceId;
        }

        public void setSubstanceId(Long substanceId) {
            this.substanceId = substanceId;
        }

        public String getPackForm() {
            return packForm;
        }

        public void setPackForm(String packForm) {
            this.packForm = packForm;
        }

        public BigDecimal getStrengthAmount() {
            return strengthAmount;
        }

        public void setStrengthAmount(BigDecimal strengthAmount) {
            this.strengthAmount = strengthAmount;
        }

        public DoseUnit getStrengthUnit() {
            return strengthUnit;
        }

        public void setStrengthUnit(DoseUnit strengthUnit) {
            this.strengthUnit = strengthUnit;
        }

        public BigDecimal getPackSize() {
            return packSize;
        }

        public void setPackSize(BigDecimal packSize) {
            this.packSize = packSize;
        }

        public String getPackUnit() {
            return packUnit;
        }

        public void setPackUnit(String packUnit) {
            this.packUnit = packUnit;
        }

        public Long getHolderId() {
            return holderId;
        }

        public void setHolderId(Long holderId) {
            this.holderId = holderId;
        }

        public BigDecimal getMaximumPricePerPack() {
            return maximumPricePerPack;
        }

        public void setMaximumPricePerPack(BigDecimal maximumPricePerPack) {
            this.maximumPricePerPack = maximumPricePerPack;
        }

        public ProductType getProductType() {
            return productType;
        }

        public void setProductType(ProductType productType) {
            this.productType = productType;
        }
    }
}
