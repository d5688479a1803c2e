package no.lis.tender.catalogue.infrastructure;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import no.lis.tender.catalogue.domain.EmailAddress;

/**
 * Stores an {@link EmailAddress} as its text; reading goes through its constructor, so that a stored value
 * that breaks the rules cannot enter the domain unseen. (EclipseLink finds the types an auto-applied
 * converter is for only on a class that implements {@link AttributeConverter} itself, not through
 * a generic superclass.)
 */
@Converter(autoApply = true)
public class EmailAddressConverter implements AttributeConverter<EmailAddress, String> {

    @Override
    public String convertToDatabaseColumn(EmailAddress value) {
        return value == null ? null : value.value();
    }

    @Override
    public EmailAddress convertToEntityAttribute(String text) {
        return text == null ? null : new EmailAddress(text);
    }
}
