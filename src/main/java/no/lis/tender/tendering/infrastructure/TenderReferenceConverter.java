package no.lis.tender.tendering.infrastructure;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import no.lis.tender.tendering.domain.TenderReference;

/** Stores a {@link TenderReference} as its text. */
@Converter(autoApply = true)
public class TenderReferenceConverter implements AttributeConverter<TenderReference, String> {

    @Override
    public String convertToDatabaseColumn(TenderReference reference) {
        return reference == null ? null : reference.value();
    }

    @Override
    public TenderReference convertToEntityAttribute(String value) {
        return value == null ? null : new TenderReference(value);
    }
}
