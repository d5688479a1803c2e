package no.lis.tender.catalogue.infrastructure;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import no.lis.tender.catalogue.domain.Varenummer;

/**
 * Stores an {@link Varenummer} as its text; reading goes through its constructor, so that a stored value
 * that breaks the rules cannot enter the domain unseen. (EclipseLink finds the types an auto-applied
 * converter is for only on a class that implements {@link AttributeConverter} itself, not through
 * a generic superclass.)
 */
@Converter(autoApply = true)
public class VarenummerConverter implements AttributeConverter<Varenummer, String> {

    @Override
    public String convertToDatabaseColumn(Varenummer value) {
        return value == null ? null : value.value();
    }

    @Override
    public Varenummer convertToEntityAttribute(String text) {
        return text == null ? null : new Varenummer(text);
    }
}
