package no.lis.tender.agreements.adherence.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.domain.Stamp;
import no.lis.tender.shared.domain.Versioned;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One imported line of consumption, kept for follow-up: packs of one drug used by one hospital
 * trust in one month (in one department and for one indication where the file has them; stored as
 * empty text where not, so that the unique key holds), with who imported it and when. One per trust,
 * drug, month, department and indication; a new import of the same trust and month replaces the
 * earlier one ({@link ConsumptionRecordRepository#replace}).
 */
@Entity
@Table(name = "AGR_CONSUMPTION", uniqueConstraints = @UniqueConstraint(name = "UQ_AGR_CONSUMPTION",
        columnNames = {"HOSPITAL_TRUST", "VARENUMMER", "CONSUMPTION_MONTH", "DEPARTMENT", "INDICATION"}))
@NamedQuery(name = "ConsumptionRecord.findBetween", query = "SELECT c FROM ConsumptionRecord c"
        + " WHERE c.month >= :from AND c.month <= :to ORDER BY c.hospitalTrust, c.month, c.varenummer")
@NamedQuery(name = "ConsumptionRecord.deleteByTrustAndMonth", query = "DELETE FROM ConsumptionRecord c"
        + " WHERE c.hospitalTrust = :hospitalTrust AND c.month = :month")
public class ConsumptionRecord extends Versioned {

    public static final int USERNAME_LENGTH = Stamp.USERNAME_LENGTH;

    @Column(name = "HOSPITAL_TRUST", nullable = false, length = ConsumptionCsv.TRUST_LENGTH)
    private String hospitalTrust;

    @Column(name = "VARENUMMER", nullable = false, length = Varenummer.LENGTH)
    private Varenummer varenummer;

    /** The first day of the month. */
    @Column(name = "CONSUMPTION_MONTH", nullable = false)
    private LocalDate month;

    @Column(name = "PACKS", nullable = false, precision = 15, scale = 3)
    private BigDecimal packs;

    @Column(name = "DEPARTMENT", nullable = false, length = ConsumptionCsv.DEPARTMENT_LENGTH)
    private String department = "";

    @Column(name = "INDICATION", nullable = false, length = ConsumptionCsv.DEPARTMENT_LENGTH)
    private String indication = "";

    @Embedded
    @AttributeOverride(name = "actor", column = @Column(name = "IMPORTED_BY", nullable = false, length = USERNAME_LENGTH))
    @AttributeOverride(name = "at", column = @Column(name = "IMPORTED_AT", nullable = false))
    private Stamp imported;

    protected ConsumptionRecord() {
    }

    /** {@code consumption} as imported by {@code importedBy} now. */
    public static ConsumptionRecord imported(Consumption consumption, String importedBy, Clock clock) {
        ConsumptionRecord record = new ConsumptionRecord();
        record.hospitalTrust = consumption.hospitalTrust();
        record.varenummer = consumption.varenummer();
        record.month = consumption.month().atDay(1);
        record.packs = consumption.packs();
        record.department = consumption.department() == null ? "" : consumption.department();
        record.indication = consumption.indication() == null ? "" : consumption.indication();
        record.imported = Stamp.now(importedBy, clock);
        return record;
    }

    /** What was used, for follow-up. */
    public Consumption consumption() {
        return new Consumption(hospitalTrust, varenummer, getMonth(), packs, department, indication);
    }

    public String getHospitalTrust() {
        return hospitalTrust;
    }

    public Varenummer getVarenummer() {
        return varenummer;
    }

    public YearMonth getMonth() {
        return YearMonth.from(month);
    }

    public BigDecimal getPacks() {
        return packs;
    }

    /** Who imported it and when. */
    public Stamp getImported() {
        return imported;
    }

    @Override
    public String toString() {
        return hospitalTrust + " " + varenummer + " " + getMonth() + ": " + packs + " packs";
    }
}
