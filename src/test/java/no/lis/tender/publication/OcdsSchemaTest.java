package no.lis.tender.publication;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema check the open data is tested with finds what OCDS forbids, in the core and in the lots extension. */
class OcdsSchemaTest {

    private static final String PACKAGE = """
            {"uri": "https://lis.example/api/ocds/releases", "version": "1.1",
             "publishedDate": "2026-04-13T09:00:00+02:00", "publisher": {"name": "LIS"},
             "releases": [{"ocid": "ocds-xxxxxx-2026-LIS-TNF-01", "id": "1", "date": "%s", "tag": ["tender"],
                           "initiationType": "tender",
                           "tender": {"id": "2026-LIS-TNF-01", "status": "%s",
                                      "lots": [{"id": "1", "status": "%s"}]}}]}
            """;

    @Test
    void aValidPackagePasses() {
        assertThat(OcdsSchema.errors(PACKAGE.formatted("2026-04-13T09:00:00+02:00", "active", "active"))).isEmpty();
    }

    @Test
    void aStatusOutsideTheCodelistADateWithoutTimeAndABadLotStatusAreEachFound() {
        assertThat(OcdsSchema.errors(PACKAGE.formatted("2026-04-13T09:00:00+02:00", "open", "active")))
                .singleElement().asString().contains("status");
        assertThat(OcdsSchema.errors(PACKAGE.formatted("13.04.2026", "active", "active")))
                .singleElement().asString().contains("date");
        assertThat(OcdsSchema.errors(PACKAGE.formatted("2026-04-13T09:00:00+02:00", "active", "awarded")))
                .as("the lots extension is merged in").singleElement().asString().contains("lots");
    }
}
