package no.lis.tender.offers.domain;

import jakarta.json.JsonObject;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.QualificationKind;
import no.lis.tender.tendering.domain.QualificationRequirement;
import no.lis.tender.tendering.domain.Tender;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The supplier's self-declaration (ESPD, egenerklæringsskjema; anskaffelsesforskriften § 17-1) given
 * with its offer, sealed with the rest of the content: an answer to each {@link ExclusionGround} and a
 * statement against each qualification requirement of the tender. A draft may hold it half written;
 * {@link #violationsForSubmission} says what a submitted one lacks. Fields are named by ground and
 * kind, e.g. {@code espd.exclusionGrounds.CORRUPTION.explanation} or
 * {@code espd.requirements.MINIMUM_TURNOVER.met}: each ground and kind is answered at most once.
 */
public record Espd(List<ExclusionAnswer> exclusionGrounds, List<RequirementStatement> requirements) {

    public static final String FIELD = "espd";

    public Espd {
        exclusionGrounds = exclusionGrounds == null ? List.of() : List.copyOf(exclusionGrounds);
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
        List<Violation> violations = new ArrayList<>();
        Set<ExclusionGround> grounds = EnumSet.noneOf(ExclusionGround.class);
        exclusionGrounds.stream().filter(a -> !grounds.add(a.ground())).forEach(a -> violations.add(
                new Violation(groundField(a.ground()), "offers.espd.groundTwice", a.ground())));
        Set<QualificationKind> kinds = EnumSet.noneOf(QualificationKind.class);
        requirements.stream().filter(r -> !kinds.add(r.kind())).forEach(r -> violations.add(
                new Violation(requirementField(r.kind()), "offers.espd.requirementTwice", r.kind())));
        DomainException.throwIfAny(violations);
    }

    /** The answer to {@code ground}, if given. */
    public Optional<ExclusionAnswer> answer(ExclusionGround ground) {
        return exclusionGrounds.stream().filter(a -> a.ground() == ground).findFirst();
    }

    /** The statement against the requirement of {@code kind}, if given. */
    public Optional<RequirementStatement> statement(QualificationKind kind) {
        return requirements.stream().filter(s -> s.kind() == kind).findFirst();
    }

    /** The grounds the supplier answered "yes" to: the buyer must judge them before qualifying the offer. */
    public List<ExclusionGround> groundsAnsweredYes() {
        return exclusionGrounds.stream().filter(ExclusionAnswer::isYes).map(ExclusionAnswer::ground).toList();
    }

    /** The requirements the supplier states it does not meet. */
    public List<QualificationKind> requirementsNotMet() {
        return requirements.stream().filter(RequirementStatement::isNotMet).map(RequirementStatement::kind).toList();
    }

    /** What no draft may hold: a statement against a requirement {@code tender} does not set. */
    List<Violation> violationsAgainst(Tender tender) {
        Set<QualificationKind> set = kindsOf(tender);
        return requirements.stream().filter(s -> !set.contains(s.kind()))
                .map(s -> new Violation(requirementField(s.kind()), "offers.espd.unknownRequirement", s.kind()))
                .toList();
    }

    /**
     * What a submitted ESPD lacks: an answer to every exclusion ground, with an explanation for each
     * "yes", and a statement against every requirement of {@code tender}, with a text for each "not met".
     */
    List<Violation> violationsForSubmission(Tender tender) {
        List<Violation> violations = new ArrayList<>(violationsAgainst(tender));
        Map<ExclusionGround, ExclusionAnswer> answers = new EnumMap<>(ExclusionGround.class);
        exclusionGrounds.forEach(a -> answers.put(a.ground(), a));
        for (ExclusionGround ground : ExclusionGround.values()) {
            ExclusionAnswer answer = answers.get(ground);
            if (answer == null || answer.applies() == null) {
                violations.add(new Violation(groundField(ground), "offers.espd.groundUnanswered", ground));
            } else if (answer.isYes() && answer.explanation() == null) {
                violations.add(new Violation(groundField(ground) + ".explanation", "offers.espd.explanationRequired",
                        ground));
            }
        }
        for (QualificationRequirement requirement : tender.getQualificationRequirements()) {
            QualificationKind kind = requirement.getKind();
            RequirementStatement statement = statement(kind).orElse(null);
            if (statement == null || statement.met() == null) {
                violations.add(new Violation(requirementField(kind) + ".met", "offers.espd.requirementUnanswered", kind));
            } else if (statement.isNotMet() && statement.text() == null) {
                violations.add(new Violation(requirementField(kind) + ".text", "offers.espd.notMetTextRequired", kind));
            }
        }
        return violations;
    }

    /**
     * What the ESPD of content submitted on {@code tender} lacks, {@code espd} being null if none was
     * given: one is required where the tender sets qualification requirements ({@code offers.espd.required}),
     * and one given must be complete.
     */
    static List<Violation> violationsForSubmission(Espd espd, Tender tender) {
        if (espd == null) {
            return tender.getQualificationRequirements().isEmpty() ? List.of()
                    : List.of(new Violation(FIELD, "offers.espd.required"));
        }
        return espd.violationsForSubmission(tender);
    }

    private static Set<QualificationKind> kindsOf(Tender tender) {
        Set<QualificationKind> kinds = EnumSet.noneOf(QualificationKind.class);
        tender.getQualificationRequirements().forEach(r -> kinds.add(r.getKind()));
        return kinds;
    }

    static String groundField(ExclusionGround ground) {
        return FIELD + ".exclusionGrounds." + ground.name();
    }

    static String requirementField(QualificationKind kind) {
        return FIELD + ".requirements." + kind.name();
    }

    static Espd fromJson(JsonObject json) {
        return new Espd(json.getJsonArray("exclusionGrounds").getValuesAs(JsonObject.class).stream()
                .map(ExclusionAnswer::fromJson).toList(),
                json.getJsonArray("requirements").getValuesAs(JsonObject.class).stream()
                        .map(RequirementStatement::fromJson).toList());
    }

    Map<String, Object> toJson() {
        return Map.of("exclusionGrounds", exclusionGrounds.stream().map(ExclusionAnswer::toJson).toList(),
                "requirements", requirements.stream().map(RequirementStatement::toJson).toList());
    }
}
