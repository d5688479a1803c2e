package no.lis.tender.shared.api;

import jakarta.ws.rs.core.Response.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DomainExceptionMapperTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "not.found, NOT_FOUND",
            "offers.notFound, NOT_FOUND",
            "offers.notYours, NOT_FOUND",
            "offers.sealed, FORBIDDEN",
            "offers.buyersOnly, FORBIDDEN",
            "evaluation.notMember, FORBIDDEN",
            "evaluation.conflictDeclared, FORBIDDEN",
            "evaluation.impartialityRequired, FORBIDDEN",
            "concurrent.modification, CONFLICT",
            "concurrent.modification.generic, CONFLICT",
            "tender.criteria.weightsSum, BAD_REQUEST",
            "organisationNumber.checkDigit, BAD_REQUEST"})
    void aBrokenRuleGetsTheStatusItsKeyStandsFor(String key, Status status) {
        assertThat(DomainExceptionMapper.statusOf(key)).isEqualTo(status);
    }
}
