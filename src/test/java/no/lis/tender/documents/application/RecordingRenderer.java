package no.lis.tender.documents.application;

import no.lis.tender.documents.domain.DocumentRenderer;
import no.lis.tender.documents.domain.InvitationContent;
import no.lis.tender.documents.domain.PriceFormContent;
import no.lis.tender.documents.domain.QuestionsAndAnswersContent;
import no.lis.tender.documents.domain.ReceiptContent;

import java.nio.charset.StandardCharsets;

/** Keeps what it was asked to print; each document it "prints" has bytes of its own. */
class RecordingRenderer implements DocumentRenderer {

    InvitationContent invitation;
    PriceFormContent priceForm;
    QuestionsAndAnswersContent questionsAndAnswers;
    ReceiptContent receipt;
    private int printed;

    @Override
    public byte[] invitation(InvitationContent content) {
        invitation = content;
        return print("invitation");
    }

    @Override
    public byte[] priceForm(PriceFormContent content) {
        priceForm = content;
        return print("price form");
    }

    @Override
    public byte[] questionsAndAnswers(QuestionsAndAnswersContent content) {
        questionsAndAnswers = content;
        return print("questions and answers");
    }

    @Override
    public byte[] receipt(ReceiptContent content) {
        receipt = content;
        return print("receipt");
    }

    private byte[] print(String what) {
        return ("%PDF- " + what + " " + ++printed).getBytes(StandardCharsets.US_ASCII);
    }
}
