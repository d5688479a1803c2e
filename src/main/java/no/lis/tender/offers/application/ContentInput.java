package no.lis.tender.offers.application;

import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.offers.application.SaveOfferDraftCommand.AnswerInput;
import no.lis.tender.offers.application.SaveOfferDraftCommand.EspdInput;
import no.lis.tender.offers.application.SaveOfferDraftCommand.LotInput;
import no.lis.tender.offers.application.SaveOfferDraftCommand.ProductInput;
import no.lis.tender.offers.domain.CriterionAnswer;
import no.lis.tender.offers.domain.Espd;
import no.lis.tender.offers.domain.ExclusionAnswer;
import no.lis.tender.offers.domain.ExclusionGround;
import no.lis.tender.offers.domain.LotOffer;
import no.lis.tender.offers.domain.OfferContent;
import no.lis.tender.offers.domain.OfferedProduct;
import no.lis.tender.offers.domain.RequirementStatement;
import no.lis.tender.offers.domain.ScenarioPrice;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Validation;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.CriterionType;
import no.lis.tender.tendering.domain.QualificationKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Turns the raw lots of a {@link SaveOfferDraftCommand} into {@link OfferContent}, recording every
 * broken rule under its field path ({@code lots[0].products[1].varenummer}) so that all are
 * reported at once.
 */
final class ContentInput {

    private ContentInput() {
    }

    /** The content, or null if anything was refused (and recorded in {@code validation}). */
    static OfferContent content(Validation validation, List<LotInput> lots, EspdInput espdInput) {
        List<LotOffer> parsed = new ArrayList<>();
        List<LotInput> given = orEmpty(lots);
        for (int i = 0; i < given.size(); i++) {
            parsed.add(lot(validation, "lots[" + i + "]", given.get(i)));
        }
        Espd espd = espdInput == null ? null : espd(validation, espdInput);
        return parsed.contains(null) || (espdInput != null && espd == null) ? null
                : build(validation, null, () -> OfferContent.of(parsed, espd));
    }

    /** The ESPD, or null if refused; a ground or kind that is not one is named by its position. */
    private static Espd espd(Validation validation, EspdInput input) {
        List<ExclusionAnswer> answers = each(validation, Espd.FIELD + ".exclusionGrounds", input.exclusionGrounds(),
                (path, ground) -> {
                    ExclusionGround parsed = validation.field(path + ".ground",
                            () -> choice(ExclusionGround.class, ground.ground()));
                    return build(validation, path, () -> new ExclusionAnswer(parsed, ground.applies(),
                            ground.explanation()));
                });
        List<RequirementStatement> statements = each(validation, Espd.FIELD + ".requirements", input.requirements(),
                (path, statement) -> {
                    QualificationKind kind = validation.field(path + ".kind",
                            () -> choice(QualificationKind.class, statement.kind()));
                    return build(validation, path, () -> new RequirementStatement(kind, statement.met(),
                            statement.text()));
                });
        if (!validation.isValid()) {
            return null;
        }
        return build(validation, null, () -> new Espd(answers, statements));
    }

    /** Each of {@code inputs} parsed under {@code path[i]}; a missing one is recorded as required. */
    private static <I, T> List<T> each(Validation validation, String path, List<I> inputs,
                                       BiFunction<String, I, T> parser) {
        List<T> parsed = new ArrayList<>();
        List<I> given = orEmpty(inputs);
        for (int i = 0; i < given.size(); i++) {
            String itemPath = path + "[" + i + "]";
            if (validation.required(given.get(i), itemPath)) {
                parsed.add(parser.apply(itemPath, given.get(i)));
            }
        }
        return parsed;
    }

    private static LotOffer lot(Validation validation, String path, LotInput input) {
        List<OfferedProduct> products = new ArrayList<>();
        List<ProductInput> productInputs = orEmpty(input.products());
        for (int j = 0; j < productInputs.size(); j++) {
            products.add(product(validation, path + ".products[" + j + "]", productInputs.get(j)));
        }
        List<CriterionAnswer> answers = new ArrayList<>();
        List<AnswerInput> answerInputs = orEmpty(input.answers());
        for (int k = 0; k < answerInputs.size(); k++) {
            if (isGiven(answerInputs.get(k))) {
                answers.add(answer(validation, path + ".answers[" + k + "]", answerInputs.get(k)));
            }
        }
        List<ScenarioPrice> scenarioPrices = each(validation, path + ".scenarioPrices", input.scenarioPrices(),
                (itemPath, price) -> build(validation, itemPath,
                        () -> new ScenarioPrice(price.scenario(), price.unitPricePerPack())));
        if (!validation.required(input.lotNumber(), path + ".lotNumber")) {
            return null;
        }
        return build(validation, path, () -> new LotOffer(input.lotNumber(),
                products.stream().filter(Objects::nonNull).toList(), input.unitPricePerPack(),
                answers.stream().filter(Objects::nonNull).toList(),
                scenarioPrices.stream().filter(Objects::nonNull).toList()));
    }

    private static OfferedProduct product(Validation validation, String path, ProductInput input) {
        Varenummer varenummer = validation.field(path + ".varenummer", () -> new Varenummer(input.varenummer()));
        return build(validation, path,
                () -> new OfferedProduct(varenummer, input.productName(), input.packDescription()));
    }

    private static CriterionAnswer answer(Validation validation, String path, AnswerInput input) {
        CriterionType criterion = validation.field(path + ".criterion", () -> criterion(input.criterion()));
        return build(validation, path, () -> new CriterionAnswer(criterion, input.subCriterion(), input.text(),
                input.attachmentDocumentIds()));
    }

    private static CriterionType criterion(String name) {
        return choice(CriterionType.class, name, "offers.answer.criterionInvalid");
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String name) {
        return choice(type, name, "offers.choice.invalid");
    }

    /** The constant of {@code type} named by {@code name} in any case; blank is required, another name {@code invalidKey}. */
    private static <E extends Enum<E>> E choice(Class<E> type, String name, String invalidKey) {
        if (name == null || name.isBlank()) {
            throw new DomainException(null, "validation.required");
        }
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException(null, invalidKey, name);
        }
    }

    /** An answer with neither text nor documents leaves its sub-criterion unanswered. */
    private static boolean isGiven(AnswerInput input) {
        return (input.text() != null && !input.text().isBlank())
                || orEmpty(input.attachmentDocumentIds()).stream().anyMatch(Objects::nonNull);
    }

    /**
     * Builds a domain object from what was parsed so far; its violations are recorded under
     * {@code path} (the field alone if {@code path} is null), except those about a field whose
     * input, or part of whose input, was already refused: the object would only add that it is
     * missing. Returns null if it refused.
     */
    private static <T> T build(Validation validation, String path, Supplier<T> builder) {
        List<String> refused = validation.violations().stream().map(Violation::field).filter(Objects::nonNull).toList();
        try {
            return builder.get();
        } catch (DomainException e) {
            e.violations().stream()
                    .map(v -> new Violation(under(path, v.field()), v.messageKey(), v.arguments()))
                    .filter(v -> refused.stream().noneMatch(field -> isWithin(field, v.field())))
                    .forEach(validation::add);
            return null;
        }
    }

    private static boolean isWithin(String field, String whole) {
        return whole != null && (field.equals(whole) || field.startsWith(whole + ".") || field.startsWith(whole + "["));
    }

    private static String under(String path, String field) {
        if (path == null) {
            return field;
        }
        return field == null ? path : path + "." + field;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
