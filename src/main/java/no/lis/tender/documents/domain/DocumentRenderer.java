package no.lis.tender.documents.domain;

/**
 * Prints tender documents as PDF. The contents come ready to print: texts, numbers and instants,
 * which the renderer lays out in bokmål, with instants in Norwegian time.
 */
public interface DocumentRenderer {

    byte[] invitation(InvitationContent content);

    byte[] priceForm(PriceFormContent content);

    byte[] questionsAndAnswers(QuestionsAndAnswersContent content);

    byte[] receipt(ReceiptContent content);
}
