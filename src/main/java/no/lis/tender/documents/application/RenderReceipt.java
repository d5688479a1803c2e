package no.lis.tender.documents.application;

import jakarta.inject.Inject;
import no.lis.tender.documents.domain.DocumentRenderer;
import no.lis.tender.documents.domain.ReceiptContent;
import no.lis.tender.shared.application.UseCase;

/** The receipt for a submitted offer as PDF, for the offers context; nothing is stored. */
@UseCase
public class RenderReceipt {

    private final DocumentRenderer renderer;

    @Inject
    public RenderReceipt(DocumentRenderer renderer) {
        this.renderer = renderer;
    }

    /** For the CDI proxy. */
    protected RenderReceipt() {
        this(null);
    }

    public byte[] render(ReceiptContent content) {
        return renderer.receipt(content);
    }
}
