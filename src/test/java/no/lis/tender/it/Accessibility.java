package no.lis.tender.it;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Universal design (WCAG 2.1 AA, the Norwegian universal-design regulations) checked in every browser
 * test: axe-core runs on the page state the browser has reached, and a serious or critical violation
 * of WCAG 2.0/2.1 level A or AA fails the test, naming the rule, the element and the help.
 *
 * <p>{@link Browser} calls it by itself after {@code go}, after a login has landed and after
 * {@code waitForText} (the states the tests wait for); a test may call
 * {@link Browser#checkAccessibility(WebDriver, String)} for a state it reaches otherwise. To stay cheap a
 * state is checked once per test run: the same page with the same markup (digits and input values
 * aside) at the same width is not checked again. A serious or critical violation fails the test (the
 * default, {@code -Dit.axe=fail}); {@code -Dit.axe=report} writes them to
 * {@code target/it-artifacts/axe-report.txt} instead and lets the test go on, {@code -Dit.axe=off} skips
 * the check.
 */
final class Accessibility {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> FAILING = Set.of("serious", "critical");
    private static final int NODES_SHOWN = 6;
    // fail (the default) fails the test on a violation, report writes it to the report, off skips the check
    private static final String MODE = System.getProperty("it.axe", "fail").toLowerCase(java.util.Locale.ROOT);
    private static final boolean OFF = "off".equals(MODE);
    private static final boolean REPORT_ONLY = !"fail".equals(MODE);
    private static final String AXE_SOURCE = axeSource();
    private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();
    private static final Set<String> TREES_CHECKED = ConcurrentHashMap.newKeySet();
    /** A table cell's name is its content, and an empty cell is read as empty: it needs none. */
    private static final Set<String> CELLS = Set.of("cell", "gridcell");

    /**
     * The page's markup without what changes between otherwise equal states (numbers, input values,
     * the view state), hashed (FNV-1a), with the path and the window's width: a layout of another
     * width is another state.
     */
    private static final String FINGERPRINT = """
            var html = document.documentElement.lang + '|' + (document.body ? document.body.innerHTML : '');
            html = html.replace(/\\s(value|data-[a-z-]+)="[^"]*"/g, '').replace(/[0-9]+/g, '');
            var h = 0x811c9dc5;
            for (var i = 0; i < html.length; i++) { h ^= html.charCodeAt(i); h = Math.imul(h, 0x01000193); }
            return location.pathname + '|' + window.innerWidth + '|' + html.length + '|' + (h >>> 0).toString(16);
            """;

    /** True while a finite animation or transition runs (a dialog fading in, a panel sliding open). */
    private static final String ANIMATING = """
            return document.getAnimations().some(function (a) {
                return a.playState === 'running' && isFinite(a.effect.getComputedTiming().endTime);
            });
            """;

    private Accessibility() {
    }

    /**
     * Has Chromium load axe-core into every document it opens from now on (before the page's own
     * scripts; a script run by the DevTools protocol, so the page's CSP does not apply), so that a
     * check does not send the 0.5 MB script each time (that took 0.4-0.8 s a page, this ~0.05 s).
     */
    static void prepare(WebDriver driver) {
        if (OFF) {
            return;
        }
        if (driver instanceof HasCdp cdp) {
            cdp.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", AXE_SOURCE));
        }
    }

    /** Runs axe on the current page state and fails on a serious or critical WCAG 2.1 A/AA violation. */
    static void check(WebDriver driver, String state) {
        if (OFF) {
            return;
        }
        JavascriptExecutor js = (JavascriptExecutor) driver;
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !Boolean.TRUE.equals(js.executeScript(ANIMATING)));
        if (!CHECKED.add((String) js.executeScript(FINGERPRINT))) {
            return;
        }
        AxeBuilder axe = new AxeBuilder().withOptions(options()).disableIframeTesting().setLegacyMode(true);
        // a document opened before prepare(), or by a driver that was not prepared, gets it now
        axe.setInjectAxe(d -> {
            if (!Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return !!window.axe"))) {
                ((JavascriptExecutor) d).executeScript(AXE_SOURCE);
            }
        }, false);
        Results results = axe.analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core could not check " + state + ": " + results.getErrorMessage());
        }
        List<Rule> failing = results.getViolations().stream().filter(r -> FAILING.contains(r.getImpact())).toList();
        if (failing.isEmpty()) {
            return;
        }
        String message = describe(state, driver.getCurrentUrl(), failing);
        if (REPORT_ONLY) {
            report(message);
        } else {
            throw new AssertionError(message);
        }
    }

    /**
     * What a screen reader is given (issue 15): Chromium's accessibility tree of the page, read through the
     * DevTools protocol ({@code Accessibility.getFullAXTree}), the tree that NVDA, JAWS, VoiceOver and Orca
     * read from the browser. Fails (as axe does, or reports under {@code -Dit.axe=report}) unless every node
     * that takes the focus has a role and a non-empty accessible name (what the reader announces on Tab; an
     * empty table cell excepted), and
     * the page has exactly one {@code main} landmark and one heading of level 1 (where "jump to main" and "next
     * heading" lead). Checked once per page path in a run: it is meant for each role's main page.
     */
    static void checkScreenReaderTree(WebDriver driver, String state) {
        if (OFF || !(driver instanceof HasCdp cdp)) {
            return;
        }
        String path = (String) ((JavascriptExecutor) driver).executeScript("return location.pathname");
        if (!TREES_CHECKED.add(path)) {
            return;
        }
        cdp.executeCdpCommand("Accessibility.enable", Map.of());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) cdp.executeCdpCommand("Accessibility.getFullAXTree",
                Map.of()).get("nodes");
        List<String> problems = new ArrayList<>();
        int mains = 0;
        int topHeadings = 0;
        for (Map<String, Object> node : nodes) {
            if (Boolean.TRUE.equals(node.get("ignored"))) {
                continue;
            }
            String role = value(node.get("role"));
            String name = value(node.get("name"));
            mains += "main".equals(role) ? 1 : 0;
            topHeadings += "heading".equals(role) && "1".equals(property(node, "level")) ? 1 : 0;
            if (!"true".equals(property(node, "focusable")) || "RootWebArea".equals(role)) {
                continue;
            }
            if (role.isBlank() || "generic".equals(role) || "none".equals(role)) {
                problems.add("takes the focus but has no role: " + element(cdp, node));
            } else if (name.isBlank() && !CELLS.contains(role)) {
                problems.add("a " + role + " that takes the focus has no accessible name: " + element(cdp, node));
            }
        }
        if (mains != 1) {
            problems.add(mains + " main landmarks instead of one");
        }
        if (topHeadings != 1) {
            problems.add(topHeadings + " headings of level 1 instead of one");
        }
        if (problems.isEmpty()) {
            return;
        }
        String message = "What a screen reader is given on \"" + state + "\" at " + driver.getCurrentUrl() + " (Chromium's "
                + "accessibility tree):\n  " + String.join("\n  ", problems);
        if (REPORT_ONLY) {
            report(message);
        } else {
            throw new AssertionError(message);
        }
    }

    /** The {@code value} of an accessibility value ({@code {type, value}}), or "" for none. */
    private static String value(Object axValue) {
        return axValue instanceof Map<?, ?> map && map.get("value") != null ? String.valueOf(map.get("value")).strip() : "";
    }

    /** The value of the node's property {@code name} (focusable, level, ...), or "" for none. */
    private static String property(Map<String, Object> node, String name) {
        if (node.get("properties") instanceof List<?> properties) {
            for (Object property : properties) {
                if (property instanceof Map<?, ?> map && name.equals(map.get("name"))) {
                    return value(map.get("value"));
                }
            }
        }
        return "";
    }

    /** The element behind an accessibility node, as a person finds it in the page: its tag, id and classes. */
    private static String element(HasCdp cdp, Map<String, Object> node) {
        Object backend = node.get("backendDOMNodeId");
        String role = value(node.get("role"));
        if (backend == null) {
            return "role " + role;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> described = (Map<String, Object>) cdp.executeCdpCommand("DOM.describeNode",
                Map.of("backendNodeId", backend)).get("node");
        StringBuilder text = new StringBuilder("<").append(String.valueOf(described.get("localName")).toLowerCase(java.util.Locale.ROOT));
        if (described.get("attributes") instanceof List<?> attributes) {
            for (int i = 0; i + 1 < attributes.size(); i += 2) {
                String attribute = String.valueOf(attributes.get(i));
                if (Set.of("id", "class", "role", "tabindex", "type", "href").contains(attribute)) {
                    text.append(' ').append(attribute).append("=\"").append(attributes.get(i + 1)).append('"');
                }
            }
        }
        return text.append("> (role ").append(role.isBlank() ? "none" : role).append(')').toString();
    }

    private static AxeRunOptions options() {
        AxeRunOnlyOptions only = new AxeRunOnlyOptions();
        only.setType("tag");
        only.setValues(WCAG_21_AA);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(only);
        // the passes and inapplicable rules are not needed: a smaller answer to carry back from the browser
        options.setResultTypes(List.of("violations"));
        return options;
    }

    static String describe(String state, String url, List<Rule> failing) {
        StringBuilder text = new StringBuilder()
                .append(failing.size()).append(" serious or critical WCAG 2.1 A/AA violation(s) (axe-core) on ")
                .append('"').append(state).append("\" at ").append(url).append(':');
        for (Rule rule : failing) {
            text.append("\n  ").append(rule.getId()).append(" (").append(rule.getImpact()).append("): ")
                    .append(rule.getHelp()).append(" - ").append(rule.getHelpUrl());
            List<CheckedNode> nodes = rule.getNodes().stream().filter(n -> FAILING.contains(n.getImpact())).toList();
            nodes.stream().limit(NODES_SHOWN).forEach(node -> text.append("\n    at ").append(node.getTarget())
                    .append(": ").append(summary(node)));
            if (nodes.size() > NODES_SHOWN) {
                text.append("\n    and ").append(nodes.size() - NODES_SHOWN).append(" more");
            }
        }
        return text.toString();
    }

    /** What axe says is wrong with the element, on one line and short (the first reasons suffice). */
    private static String summary(CheckedNode node) {
        String text = String.valueOf(node.getFailureSummary()).replaceAll("\\s+", " ");
        return text.length() > 320 ? text.substring(0, 320) + "…" : text;
    }

    private static void report(String message) {
        try {
            Path dir = Path.of(System.getProperty("it.artifacts", "target/it-artifacts"));
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("axe-report.txt"), message + "\n\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The axe-core script that the axe-core Selenium jar carries (axe.min.js at its root). */
    private static String axeSource() {
        try (InputStream in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is missing from com.deque.html.axe-core:selenium");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
