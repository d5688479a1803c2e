package no.lis.tender.documents.application;

import no.lis.tender.documents.domain.DocumentRenderer;
import no.lis.tender.documents.domain.InvitationContent;
import no.lis.tender.documents.domain.PriceFormContent;
import no.lis.tender.documents.domain.QuestionsAndAnswersContent;
import no.lis.tender.documents.domain.ReceiptContent;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Keeps what it was asked to print, in order; each document it "prints" has bytes of its own. */
class RecordingRenderer implements DocumentRenderer {

    private final List<Object> asked = new ArrayList<>();

    @Override
    public byte[] invitation(InvitationContent content) {
        return print("invitation", content);
    }

    @Override
    public byte[] priceForm(PriceFormContent content) {
        return print("price form", content);
    }

    @Override
    public byte[] questionsAndAnswers(QuestionsAndAnswersContent content) {
        return print("questions and answers", content);
    }

    @Override
    public byte[] receipt(ReceiptContent content) {
        return print("receipt", content);
    }

    /** The last invitation it was asked to print, or null. */
    InvitationContent invitation() {
        return last(InvitationContent.class);
    }

    /** The last price form it was asked to print, or null. */
    PriceFormContent priceForm() {
        return last(PriceFormContent.class);
    }

    /** The last questions and answers it was asked to print, or null. */
    QuestionsAndAnswersContent questionsAndAnswers() {
        return last(QuestionsAndAnswersContent.class);
    }

    private byte[] print(String what, Object content) {
        asked.add(content);
        return ("%PDF- " + what + " " + asked.size()).getBytes(StandardCharsets.US_ASCII);
    }

    private <T> T last(Class<T> kind) {
        for (int i = asked.size() - 1; i >= 0; i--) {
            if (kind.isInstance(asked.get(i))) {
                return kind.cast(asked.get(i));
            }
        }
        return null;
    }
}
