package no.lis.tender.tendering.domain;

/** The common basis on which offered prices in a lot are compared; never per pack. */
public enum ComparisonBasis {
    PER_DDD,
    PER_TREATMENT_PERIOD,
    PER_PATIENT_YEAR;

    public boolean needsTreatmentPeriod() {
        return this == PER_TREATMENT_PERIOD;
    }
}
