package no.lis.tender.it;

/** What a supplier does in Chromium on its offer, as more than one browser test needs it. */
final class SupplierSteps {

    private SupplierSteps() {
    }

    /** On the tab *Mitt tilbud*: offers Hyrimoz 40 mg, 2 pens, on lot 1 at 2 150,50 kr per pack. */
    static void offerHyrimozOnLotOne(Browser supplier) {
        supplier.clickText("Mitt tilbud");
        supplier.css(".lis-offer-lot-1 .ui-chkbox-box").click();
        supplier.css(".lis-offer-lot-1 input[id$='varenummer']").sendKeys("468932");
        supplier.css(".lis-offer-lot-1 input[id$='productName']").sendKeys("Hyrimoz 40 mg ferdigfylt penn");
        supplier.css(".lis-offer-lot-1 input[id$='packDescription']").sendKeys("2 penner");
        supplier.replace(supplier.css(".lis-offer-lot-1 input[id$='price_input']"), "2150,50");
    }
}
