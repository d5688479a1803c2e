package no.lis.tender.agreements.recommendations.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who has seen prices, for the buyer's list: one row per user, with how many views, the first and
 * the last, the versions seen (the proposals from the agreements belong to none) and the channels used.
 */
public record PriceViewer(String username, String fullName, int views, Instant firstViewedAt, Instant lastViewedAt,
                          Set<Integer> versionsSeen, Set<PriceViewChannel> channels) implements Serializable {

    public PriceViewer {
        versionsSeen = Set.copyOf(new TreeSet<>(versionsSeen));
        channels = Set.copyOf(channels);
    }

    /**
     * The viewers among {@code views}, the most recent viewer first; the full name is the latest
     * one known for the user.
     */
    public static List<PriceViewer> of(Collection<PriceViewRecord> views) {
        Map<String, List<PriceViewRecord>> byUser = new LinkedHashMap<>();
        views.stream().sorted(Comparator.comparing(PriceViewRecord::getViewedAt))
                .forEach(view -> byUser.computeIfAbsent(view.getUsername(), u -> new ArrayList<>()).add(view));
        return byUser.entrySet().stream().map(entry -> {
            List<PriceViewRecord> seen = entry.getValue();
            String fullName = seen.stream().map(PriceViewRecord::getFullName).filter(Objects::nonNull)
                    .reduce((first, second) -> second).orElse(null);
            Set<Integer> versions = new TreeSet<>();
            Set<PriceViewChannel> channels = EnumSet.noneOf(PriceViewChannel.class);
            seen.forEach(view -> {
                if (view.getVersionNumber() != null) {
                    versions.add(view.getVersionNumber());
                }
                channels.add(view.getChannel());
            });
            return new PriceViewer(entry.getKey(), fullName, seen.size(), seen.get(0).getViewedAt(),
                    seen.get(seen.size() - 1).getViewedAt(), versions, channels);
        }).sorted(Comparator.comparing(PriceViewer::lastViewedAt).reversed().thenComparing(PriceViewer::username))
                .toList();
    }
}
