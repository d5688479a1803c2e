package no.lis.tender.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.fail;

/**
 * Checks a generated PDF against PDF/UA-1 (ISO 14289-1) with veraPDF, the validator the PDF
 * Association publishes: its machine-checkable rules (structure tree, tagged content, artifacts,
 * language, title, fonts, table headers, metadata). What no machine can check (whether the alternative
 * texts and the reading order make sense) the Matterhorn Protocol leaves to a person.
 */
public final class PdfUa {

    /** At most this many failed checks of one rule are described (the rest are counted). */
    private static final int SHOWN_PER_RULE = 3;

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfUa() {
    }

    /** Fails, listing every PDF/UA-1 rule {@code pdf} breaks (clause, test, description, where), unless it breaks none. */
    public static void assertCompliant(byte[] pdf) {
        List<String> failures = failedRules(pdf);
        if (!failures.isEmpty()) {
            fail("The PDF breaks " + failures.size() + " PDF/UA-1 rule(s):\n" + String.join("\n", failures));
        }
    }

    /** One line per PDF/UA-1 rule that {@code pdf} breaks, with where (up to three places), or none. */
    public static List<String> failedRules(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, List<TestAssertion>> byRule = new TreeMap<>(result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .collect(Collectors.groupingBy(assertion -> name(assertion.getRuleId()))));
            return byRule.values().stream().map(assertions -> describe(result, assertions)).toList();
        } catch (ModelParsingException | EncryptedPdfException | ValidationException e) {
            throw new AssertionError("veraPDF cannot read the PDF: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (Exception e) {
            throw new AssertionError("veraPDF failed: " + e, e);
        }
    }

    private static String describe(ValidationResult result, List<TestAssertion> assertions) {
        RuleId id = assertions.get(0).getRuleId();
        Rule rule = result.getValidationProfile().getRuleByRuleId(id);
        String where = assertions.stream().limit(SHOWN_PER_RULE)
                .map(assertion -> assertion.getLocation().getContext()
                        + (assertion.getErrorMessage() == null ? "" : " (" + assertion.getErrorMessage() + ")"))
                .collect(Collectors.joining("; "));
        return "- " + name(id) + ": " + (rule == null ? assertions.get(0).getMessage() : rule.getDescription())
                + " [" + assertions.size() + "x: " + where + (assertions.size() > SHOWN_PER_RULE ? "; ..." : "") + "]";
    }

    private static String name(RuleId id) {
        return "ISO 14289-1 " + id.getClause() + "-" + id.getTestNumber();
    }

    /**
     * The structure elements of {@code pdf} in reading order, each as its type, a header cell with its
     * scope, an element in its own language with it: e.g. {@code [Document, H1, P en, Table, TR, TH Row, TD, ...]}.
     */
    public static List<String> structure(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> types = new ArrayList<>();
            collect(document.getDocumentCatalog().getStructureTreeRoot().getCOSObject().getDictionaryObject(COSName.K), types);
            return types;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(COSBase kids, List<String> types) {
        if (kids instanceof COSArray array) {
            array.forEach(kid -> collect(kid instanceof org.apache.pdfbox.cos.COSObject object ? object.getObject() : kid, types));
        } else if (kids instanceof COSDictionary element && element.containsKey(COSName.S)) {
            COSDictionary attributes = element.getCOSDictionary(COSName.A);
            String scope = attributes == null ? null : attributes.getNameAsString(COSName.getPDFName("Scope"));
            String language = element.getString(COSName.LANG);
            types.add(element.getNameAsString(COSName.S) + (scope == null ? "" : " " + scope)
                    + (language == null ? "" : " " + language));
            collect(element.getDictionaryObject(COSName.K), types);
        }
    }
}
