package no.lis.tender.catalogue.domain;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A hospital trust (helseforetak) that reports consumption: the trusts of the four regional health
 * authorities, their hospital pharmacy trusts, and the private non-profit hospitals with an
 * operating agreement. Consumption files name them as written here (any case); an invented or
 * misspelt trust would count as a trust of its own in the adherence figures, so it is refused.
 * When a trust is founded, merged or renamed, change this list (a release), as for any rule.
 */
public record HospitalTrust(String name) {

    /** By lower-case name. */
    private static final Map<String, HospitalTrust> KNOWN = Stream.of(
            // Helse Sør-Øst RHF
            "Akershus universitetssykehus HF", "Oslo universitetssykehus HF", "Sunnaas sykehus HF",
            "Sykehuset Innlandet HF", "Sykehuset Østfold HF", "Sykehuset Telemark HF", "Sykehuset i Vestfold HF",
            "Sørlandet sykehus HF", "Vestre Viken HF", "Sykehusapotekene HF",
            "Lovisenberg Diakonale Sykehus", "Diakonhjemmet Sykehus", "Martina Hansens Hospital",
            "Revmatismesykehuset", "Betanien Hospital",
            // Helse Vest RHF
            "Helse Bergen HF", "Helse Fonna HF", "Helse Førde HF", "Helse Stavanger HF", "Sjukehusapoteka Vest HF",
            "Haraldsplass Diakonale Sykehus",
            // Helse Midt-Norge RHF
            "St. Olavs hospital HF", "Helse Møre og Romsdal HF", "Helse Nord-Trøndelag HF",
            "Sykehusapotekene i Midt-Norge HF",
            // Helse Nord RHF
            "Universitetssykehuset Nord-Norge HF", "Nordlandssykehuset HF", "Helgelandssykehuset HF",
            "Helse Finnmark HF", "Sykehusapotek Nord HF")
            .map(HospitalTrust::new)
            .collect(Collectors.toUnmodifiableMap(t -> key(t.name()), Function.identity()));

    /** Every known trust. */
    public static Collection<HospitalTrust> all() {
        return KNOWN.values();
    }

    /** The known trust called {@code name} (case and runs of spaces aside), written as the list writes it. */
    public static Optional<HospitalTrust> named(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(KNOWN.get(key(name)));
    }

    private static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
