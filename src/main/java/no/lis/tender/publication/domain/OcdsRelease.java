package no.lis.tender.publication.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One OCDS release: a contracting process (a tender round, or a direct agreement) as it stands, with
 * the parties, the tender and its lots, the awards per lot and market and the contracts concluded
 * from them. The names are those of the OCDS 1.1 release schema (and its lots extension); a null part
 * is left out of the JSON. No part has a value or an amount: OCDS's {@code value} objects (tender
 * value, award value, contract value, unit value) are deliberately not modelled, since each would be
 * a sum of confidential unit prices.
 *
 * @param ocid the open contracting id: the configured prefix and the process's own reference
 * @param id   unique within the ocid: the reference and the time of the last change, so that a new
 *             change makes a new release and an unchanged process keeps its id
 * @param date the last change recorded in the process (or a status that changed with the calendar)
 */
public record OcdsRelease(String ocid, String id, OffsetDateTime date, List<String> tag, String initiationType,
                          String language, List<Party> parties, OrganizationReference buyer, Tender tender,
                          List<Award> awards, List<Contract> contracts) {

    /** A party: the buyer, or an awarded supplier, identified by its organisation number. */
    public record Party(String id, String name, Identifier identifier, List<String> roles) {
    }

    /** An organisation's identifier in a register: here the Norwegian one ({@code NO-BRC}). */
    public record Identifier(String scheme, String id, String legalName) {
    }

    /** A reference to a party by its id, with its name. */
    public record OrganizationReference(String id, String name) {
    }

    public record Tender(String id, String title, String description, String status,
                         OrganizationReference procuringEntity, List<Item> items, String procurementMethod,
                         String procurementMethodDetails, String procurementMethodRationale,
                         String mainProcurementCategory, String awardCriteria, String awardCriteriaDetails,
                         List<String> submissionMethod, Period tenderPeriod, Period enquiryPeriod, Period awardPeriod,
                         Period contractPeriod, List<Lot> lots) {
    }

    /** A lot (delkontrakt), from the lots extension. */
    public record Lot(String id, String title, String description, String status, Period contractPeriod) {
    }

    /**
     * What is bought: a lot's drugs with their estimated yearly volume, or a product of an agreement.
     * The unit has a name only: OCDS's unit value is a unit price.
     */
    public record Item(String id, String description, Classification classification,
                       List<Classification> additionalClassifications, BigDecimal quantity, Unit unit,
                       String relatedLot) {
    }

    public record Classification(String scheme, String id, String description) {
    }

    public record Unit(String name) {
    }

    public record Period(OffsetDateTime startDate, OffsetDateTime endDate, OffsetDateTime maxExtentDate) {
    }

    /** The award of one market of one lot: the suppliers awarded, in their rank order. */
    public record Award(String id, String title, String description, String status, OffsetDateTime date,
                        List<OrganizationReference> suppliers, Period contractPeriod, List<String> relatedLots) {
    }

    /** A framework or direct agreement, with the products agreed (without their prices). */
    public record Contract(String id, String awardID, String title, String description, String status,
                           Period period, List<Item> items, OffsetDateTime dateSigned) {
    }
}
