package no.lis.tender.catalogue.domain;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A hospital trust (helseforetak) that reports consumption: the trusts of the four regional health
 * authorities, their hospital pharmacy trusts, and the private non-profit hospitals with an
 * operating agreement. Consumption files name them as written here (any case); an invented or
 * misspelt trust would count as a trust of its own in the adherence figures, so it is refused.
 * When a trust is founded, merged or renamed, change this list (a release), as for any rule.
 */
public record HospitalTrust(String name) {

    /**
     * The trusts by regional health authority: the trusts the RHF owns, its hospital pharmacy trust,
     * and the private non-profit hospitals with an operating agreement with it.
     */
    private static final Map<HealthRegion, List<String>> BY_REGION = Map.of(
            HealthRegion.HSO, List.of("Akershus universitetssykehus HF", "Oslo universitetssykehus HF",
                    "Sunnaas sykehus HF", "Sykehuset Innlandet HF", "Sykehuset Østfold HF", "Sykehuset Telemark HF",
                    "Sykehuset i Vestfold HF", "Sørlandet sykehus HF", "Vestre Viken HF", "Sykehusapotekene HF",
                    "Lovisenberg Diakonale Sykehus", "Diakonhjemmet Sykehus", "Martina Hansens Hospital",
                    "Revmatismesykehuset", "Betanien Hospital"),
            HealthRegion.HV, List.of("Helse Bergen HF", "Helse Fonna HF", "Helse Førde HF", "Helse Stavanger HF",
                    "Sjukehusapoteka Vest HF", "Haraldsplass Diakonale Sykehus"),
            HealthRegion.HMN, List.of("St. Olavs hospital HF", "Helse Møre og Romsdal HF", "Helse Nord-Trøndelag HF",
                    "Sykehusapotekene i Midt-Norge HF"),
            HealthRegion.HN, List.of("Universitetssykehuset Nord-Norge HF", "Nordlandssykehuset HF",
                    "Helgelandssykehuset HF", "Helse Finnmark HF", "Sykehusapotek Nord HF"));

    /** By lower-case name. */
    private static final Map<String, HospitalTrust> KNOWN = BY_REGION.values().stream().flatMap(List::stream)
            .map(HospitalTrust::new)
            .collect(Collectors.toUnmodifiableMap(t -> key(t.name()), Function.identity()));

    /** The region of each trust, by lower-case name. */
    private static final Map<String, HealthRegion> REGIONS = BY_REGION.entrySet().stream()
            .flatMap(entry -> entry.getValue().stream().map(trust -> Map.entry(key(trust), entry.getKey())))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    /** The regional health authority the trust belongs to; empty for a trust not on the list. */
    public Optional<HealthRegion> region() {
        return Optional.ofNullable(REGIONS.get(key(name)));
    }

    /** The region of the trust called {@code name}, if it is a known trust. */
    public static Optional<HealthRegion> regionOf(String name) {
        return named(name).flatMap(HospitalTrust::region);
    }

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
