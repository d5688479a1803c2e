package no.lis.tender.catalogue.infrastructure;

import no.lis.tender.catalogue.domain.AtcCode;
import no.lis.tender.catalogue.domain.EmailAddress;
import no.lis.tender.catalogue.domain.OrganisationNumber;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.domain.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConvertersTest {

    @Test
    void valueObjectsAreStoredAsTheirTextAndReadBack() {
        assertThat(new AtcCodeConverter().convertToDatabaseColumn(new AtcCode("l04ab04"))).isEqualTo("L04AB04");
        assertThat(new AtcCodeConverter().convertToEntityAttribute("L04AB04")).isEqualTo(new AtcCode("L04AB04"));
        assertThat(new VarenummerConverter().convertToDatabaseColumn(new Varenummer("123456"))).isEqualTo("123456");
        assertThat(new VarenummerConverter().convertToEntityAttribute("123456")).isEqualTo(new Varenummer("123456"));
        assertThat(new OrganisationNumberConverter().convertToDatabaseColumn(new OrganisationNumber("974 760 673")))
                .isEqualTo("974760673");
        assertThat(new OrganisationNumberConverter().convertToEntityAttribute("974760673"))
                .isEqualTo(new OrganisationNumber("974760673"));
        assertThat(new EmailAddressConverter().convertToDatabaseColumn(new EmailAddress("a@b.no"))).isEqualTo("a@b.no");
        assertThat(new EmailAddressConverter().convertToEntityAttribute("a@b.no")).isEqualTo(new EmailAddress("a@b.no"));
    }

    @Test
    void nullIsStoredAndReadAsNull() {
        assertThat(new AtcCodeConverter().convertToDatabaseColumn(null)).isNull();
        assertThat(new AtcCodeConverter().convertToEntityAttribute(null)).isNull();
        assertThat(new VarenummerConverter().convertToEntityAttribute(null)).isNull();
        assertThat(new OrganisationNumberConverter().convertToEntityAttribute(null)).isNull();
        assertThat(new EmailAddressConverter().convertToEntityAttribute(null)).isNull();
    }

    @Test
    void storedValueThatBreaksTheRulesIsNotReadIntoTheDomain() {
        assertThatThrownBy(() -> new OrganisationNumberConverter().convertToEntityAttribute("974760674"))
                .isInstanceOf(DomainException.class);
    }
}
