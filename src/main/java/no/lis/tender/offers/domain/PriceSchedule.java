package no.lis.tender.offers.domain;

import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.shared.domain.DomainException;
import no.lis.tender.shared.domain.Sheet;
import no.lis.tender.shared.domain.SheetRow;
import no.lis.tender.shared.domain.SpreadsheetCells;
import no.lis.tender.shared.domain.Violation;
import no.lis.tender.tendering.domain.ComparisonBasis;
import no.lis.tender.tendering.domain.Lot;
import no.lis.tender.tendering.domain.Market;
import no.lis.tender.tendering.domain.Tender;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The price schedule of a tender as a spreadsheet: one row per lot and market, and on a lot that asks
 * for prices per scenario one row per lot, market and scenario (issue 16 item 3); what the supplier must
 * not change locked (lot, title, market, the lot's price basis and volume, the scenario), and two cells
 * to fill in: the varenummer of the pack she offers and its unit price per pack (AIP, NOK excl. VAT).
 *
 * <p>An offer is made per lot ({@link LotOffer}), for all of the lot's markets: the rows of one lot
 * are all left empty (the lot is not offered, and the draft keeps what it had for it) or all carry
 * the same varenummer, and the rows of one scenario (or of a lot without scenarios) the same price.
 * A scenario lot gets one price per scenario, in the lot's order, its first as the lot's price. Reading a filled-in schedule checks every row and collects every
 * broken rule under {@code row.N.column} with the row's number as the spreadsheet shows it (the
 * header is row 1): the header as written; the lot and market of a row, one row each; no cell that
 * a spreadsheet would run ({@link SpreadsheetCells}); a varenummer of six digits and a price of more
 * than zero with at most two decimals (comma or point), both or neither. The varenumre are then
 * checked against the catalogue ({@link Filled#requireKnown}). Any broken rule refuses the file.
 */
public final class PriceSchedule {

    /** The most rows a schedule may have: the largest offer with four markets per lot, and the header. */
    public static final int MAX_ROWS = OfferContent.MAX_LOTS * 4 + 1;
    public static final String LOT = "delkontrakt";
    public static final String MARKET = "marked";
    public static final String VARENUMMER = "varenummer";
    public static final String PRICE = "pris";
    public static final String SCENARIO = "scenario";
    private static final List<Sheet.Column> COLUMNS = List.of(
            Sheet.Column.shown("Delkontrakt (" + LOT + ")", 12), Sheet.Column.shown("Tittel", 30),
            Sheet.Column.shown("Marked (" + MARKET + ")", 12), Sheet.Column.shown("Markedsnavn", 20),
            Sheet.Column.shown("Prisgrunnlag", 22), Sheet.Column.shown("Behandlingsperiode (dager)", 14),
            Sheet.Column.shown("Estimert årsvolum", 16), Sheet.Column.shown("Volumenhet", 10),
            Sheet.Column.input("Varenummer (" + VARENUMMER + ")", Sheet.Rule.SIX_CHARACTERS, 14),
            Sheet.Column.input("Pris per pakning, NOK eks. mva. (" + PRICE + ")", Sheet.Rule.DECIMAL_AT_LEAST_ZERO, 22),
            Sheet.Column.shown("Prisscenario (" + SCENARIO + ")", 24));
    private static final int LOT_COLUMN = 0;
    private static final int MARKET_COLUMN = 2;
    private static final int VARENUMMER_COLUMN = 8;
    private static final int PRICE_COLUMN = 9;
    private static final int SCENARIO_COLUMN = 10;
    private static final Pattern WHOLE = Pattern.compile("[0-9]{1,9}");
    private static final Pattern PRICE_FORMAT = Pattern.compile("[0-9]+([.,][0-9]+)?");
    private static final BigDecimal PRICE_LIMIT = BigDecimal.TEN.pow(10);
    private static final Map<ComparisonBasis, String> BASIS = Map.of(ComparisonBasis.PER_DDD, "per DDD",
            ComparisonBasis.PER_TREATMENT_PERIOD, "per behandlingsperiode",
            ComparisonBasis.PER_PATIENT_YEAR, "per pasientår");

    private final String reference;
    /** The markets of each lot, by lot number, in order. */
    private final Map<Integer, List<Market>> markets = new LinkedHashMap<>();
    /** The price scenarios of each lot, by lot number, in the buyer's order; empty for one price. */
    private final Map<Integer, List<String>> scenarios = new HashMap<>();
    private final List<List<Object>> rows = new ArrayList<>();

    private PriceSchedule(Tender tender) {
        reference = tender.getReference().value();
        for (Lot lot : tender.getLots()) {
            markets.put(lot.getNumber(), lot.getMarkets());
            scenarios.put(lot.getNumber(), lot.getScenarios());
            List<String> priced = lot.getScenarios().isEmpty() ? java.util.Collections.singletonList(null)
                    : lot.getScenarios();
            for (Market market : lot.getMarkets()) {
                for (String scenario : priced) {
                    List<Object> row = new ArrayList<>();
                    row.add(lot.getNumber());
                    row.add(lot.getTitle());
                    row.add(market.getCode());
                    row.add(market.getName());
                    row.add(BASIS.get(lot.getComparisonBasis()));
                    row.add(lot.getTreatmentPeriodDays());
                    row.add(lot.getEstimatedAnnualVolume());
                    row.add(lot.getVolumeUnit().name());
                    row.add(null);
                    row.add(null);
                    row.add(scenario);
                    rows.add(row);
                }
            }
        }
    }

    /**
     * The most rows a filled-in file of this schedule may have: {@link #MAX_ROWS}, or more where the
     * lots' scenarios make more rows (the header and one row per lot, market and scenario).
     */
    public int maxRows() {
        return Math.max(MAX_ROWS, rows.size() + 1);
    }

    /** The schedule of {@code tender}'s lots and markets. */
    public static PriceSchedule of(Tender tender) {
        return new PriceSchedule(tender);
    }

    /** The sheet to download: locked but for the varenummer and the price. */
    public Sheet sheet() {
        return new Sheet("Prisskjema " + reference, COLUMNS, rows, true);
    }

    /** The file name to download it as, by the tender's reference. */
    public String fileName() {
        return "prisskjema-" + reference + ".xlsx";
    }

    /**
     * A lot offered in the file: the pack and the price, and the first row that gave them; on a lot with
     * scenarios the price per scenario in the lot's order, the first scenario's as the price.
     */
    public record PricedLot(int lotNumber, Varenummer varenummer, BigDecimal unitPricePerPack, int row,
                            List<ScenarioPrice> scenarioPrices) {

        public PricedLot {
            scenarioPrices = List.copyOf(scenarioPrices);
        }

        /** A lot priced once. */
        public PricedLot(int lotNumber, Varenummer varenummer, BigDecimal unitPricePerPack, int row) {
            this(lotNumber, varenummer, unitPricePerPack, row, List.of());
        }
    }

    /** A schedule whose rows all passed; the lots it offers, by lot number. */
    public record Filled(Map<Integer, PricedLot> lots) {

        public Filled {
            lots = Map.copyOf(lots);
        }

        /** The varenumre the file names, each once, to look up in the catalogue in one go. */
        public Set<Varenummer> varenumre() {
            Set<Varenummer> all = new LinkedHashSet<>();
            lots.values().forEach(lot -> all.add(lot.varenummer()));
            return all;
        }

        /** Refuses the file with every row whose varenummer is not in {@code known} (the catalogue's). */
        public void requireKnown(Set<Varenummer> known) {
            List<Violation> unknown = lots.values().stream().filter(lot -> !known.contains(lot.varenummer()))
                    .sorted(java.util.Comparator.comparingInt(PricedLot::row))
                    .map(lot -> at(lot.row(), VARENUMMER, "offers.schedule.varenummer.unknown", lot.varenummer().value()))
                    .toList();
            if (!unknown.isEmpty()) {
                throw new DomainException(unknown);
            }
        }

        /**
         * The lots of {@code draft} (null for none) with the lots of this file put in: a lot in the file
         * gets the file's pack ({@code product} makes it from the varenummer) and price, and keeps its
         * answers; the draft's other lots stay as they were. In lot order.
         */
        public List<LotOffer> into(List<LotOffer> draft, Function<Varenummer, OfferedProduct> product) {
            Map<Integer, LotOffer> merged = new java.util.TreeMap<>();
            (draft == null ? List.<LotOffer>of() : draft).forEach(lot -> merged.put(lot.lotNumber(), lot));
            lots.values().forEach(lot -> {
                LotOffer before = merged.get(lot.lotNumber());
                merged.put(lot.lotNumber(), new LotOffer(lot.lotNumber(), List.of(product.apply(lot.varenummer())),
                        lot.unitPricePerPack(), before == null ? List.of() : before.answers(), lot.scenarioPrices()));
            });
            return List.copyOf(merged.values());
        }
    }

    /** Reads the rows of a filled-in schedule (the header first); every broken rule at once as a {@link DomainException}. */
    public Filled read(List<SheetRow> sheetRows) {
        List<Violation> violations = new ArrayList<>();
        if (sheetRows.isEmpty() || !header(sheetRows.get(0))) {
            throw new DomainException(List.of(new Violation("row.1", "offers.schedule.header", "1",
                    String.join(", ", COLUMNS.stream().map(Sheet.Column::header).toList()))));
        }
        Map<String, Integer> seen = new HashMap<>();
        // per lot: the first filled row, and the rows left empty, to check that a lot is offered in all its markets or none
        Map<Integer, PricedLot> filled = new LinkedHashMap<>();
        // per lot and scenario ("" for a lot priced once): the first filled row, whose price the lot's other markets repeat
        Map<String, PricedLot> firstPerScenario = new HashMap<>();
        Map<Integer, List<Integer>> emptyRows = new HashMap<>();
        Map<Integer, Integer> rowsPerLot = new HashMap<>();
        for (SheetRow row : sheetRows.subList(1, sheetRows.size())) {
            int number = row.number();
            if (unsafe(row, violations)) {
                continue;
            }
            Integer lot = lot(row, violations);
            if (lot == null || !market(row, lot, seen, violations)) {
                continue;
            }
            rowsPerLot.merge(lot, 1, Integer::sum);
            String varenummerText = row.cell(VARENUMMER_COLUMN).strip();
            String priceText = row.cell(PRICE_COLUMN).strip();
            if (varenummerText.isEmpty() && priceText.isEmpty()) {
                emptyRows.computeIfAbsent(lot, l -> new ArrayList<>()).add(number);
                continue;
            }
            Varenummer varenummer = varenummer(number, varenummerText, violations);
            BigDecimal price = price(number, priceText, violations);
            if (varenummer == null || price == null) {
                continue;
            }
            PricedLot priced = new PricedLot(lot, varenummer, price, number);
            PricedLot first = filled.putIfAbsent(lot, priced);
            PricedLot sameScenario = firstPerScenario.putIfAbsent(lot + "|" + row.cell(SCENARIO_COLUMN).strip(), priced);
            if (first != null && !first.varenummer().equals(varenummer)) {
                violations.add(at(number, null, "offers.schedule.marketsDiffer", lot, String.valueOf(first.row())));
            } else if (sameScenario != null && sameScenario.unitPricePerPack().compareTo(price) != 0) {
                violations.add(at(number, null, "offers.schedule.marketsDiffer", lot, String.valueOf(sameScenario.row())));
            }
        }
        filled.replaceAll((lot, first) -> withScenarioPrices(first, firstPerScenario, violations));
        filled.forEach((lot, first) -> emptyRows.getOrDefault(lot, List.of()).forEach(empty ->
                violations.add(at(empty, null, "offers.schedule.marketMissing", lot, String.valueOf(first.row())))));
        if (!violations.isEmpty()) {
            violations.sort(java.util.Comparator.comparingInt(PriceSchedule::rowOf));
            throw new DomainException(violations);
        }
        return new Filled(filled);
    }

    /**
     * {@code first} with a price per scenario of its lot, in the lot's order, from the rows that gave
     * them; a scenario without a priced row is refused at the lot's first row
     * ({@code offers.schedule.scenarioMissing}).
     */
    private PricedLot withScenarioPrices(PricedLot first, Map<String, PricedLot> firstPerScenario,
                                         List<Violation> violations) {
        List<String> named = scenarios.getOrDefault(first.lotNumber(), List.of());
        if (named.isEmpty()) {
            return first;
        }
        List<ScenarioPrice> prices = new ArrayList<>();
        for (String scenario : named) {
            PricedLot priced = firstPerScenario.get(first.lotNumber() + "|" + scenario);
            if (priced == null) {
                violations.add(at(first.row(), SCENARIO, "offers.schedule.scenarioMissing", first.lotNumber(), scenario));
                return first;
            }
            prices.add(new ScenarioPrice(scenario, priced.unitPricePerPack()));
        }
        return new PricedLot(first.lotNumber(), first.varenummer(), prices.get(0).unitPricePerPack(), first.row(),
                prices);
    }

    private static boolean header(SheetRow row) {
        for (int c = 0; c < COLUMNS.size(); c++) {
            if (!row.cell(c).strip().equalsIgnoreCase(COLUMNS.get(c).header())) {
                return false;
            }
        }
        return true;
    }

    /** Whether a cell of the row would run in a spreadsheet (each such cell is added to {@code violations}). */
    private static boolean unsafe(SheetRow row, List<Violation> violations) {
        boolean unsafe = false;
        for (int c = 0; c < COLUMNS.size(); c++) {
            Object[] refusal = SpreadsheetCells.refusal(row.cell(c).strip(), COLUMNS.get(c).header(), "offers.schedule.unsafeCharacter",
                    "offers.schedule.formula");
            if (refusal != null) {
                violations.add(at(row.number(), columnName(c), (String) refusal[0],
                        java.util.Arrays.copyOfRange(refusal, 1, refusal.length)));
                unsafe = true;
            }
        }
        return unsafe;
    }

    private Integer lot(SheetRow row, List<Violation> violations) {
        String text = row.cell(LOT_COLUMN).strip();
        Integer lot = WHOLE.matcher(text).matches() ? Integer.valueOf(text) : null;
        if (lot == null || !markets.containsKey(lot)) {
            violations.add(at(row.number(), LOT, "offers.schedule.lot", text));
            return null;
        }
        return lot;
    }

    /**
     * Whether the row's market is one of the lot's, its scenario one of the lot's (none on a lot priced
     * once), and the first row of that lot, market and scenario.
     */
    private boolean market(SheetRow row, int lot, Map<String, Integer> seen, List<Violation> violations) {
        String code = row.cell(MARKET_COLUMN).strip();
        if (markets.get(lot).stream().noneMatch(market -> market.getCode().equals(code))) {
            violations.add(at(row.number(), MARKET, "offers.schedule.market", code, lot));
            return false;
        }
        String scenario = row.cell(SCENARIO_COLUMN).strip();
        List<String> named = scenarios.getOrDefault(lot, List.of());
        if (named.isEmpty() ? !scenario.isEmpty() : !named.contains(scenario)) {
            violations.add(at(row.number(), SCENARIO, "offers.schedule.scenario", scenario, lot,
                    named.isEmpty() ? "–" : String.join(", ", named)));
            return false;
        }
        Integer earlier = seen.putIfAbsent(lot + "|" + code + "|" + scenario, row.number());
        if (earlier != null) {
            violations.add(at(row.number(), MARKET, "offers.schedule.twice", lot, code, String.valueOf(earlier)));
            return false;
        }
        return true;
    }

    private static Varenummer varenummer(int row, String text, List<Violation> violations) {
        if (text.isEmpty()) {
            violations.add(at(row, VARENUMMER, "offers.schedule.varenummer.required"));
            return null;
        }
        try {
            return new Varenummer(text);
        } catch (DomainException e) {
            violations.add(at(row, VARENUMMER, "offers.schedule.varenummer", text));
            return null;
        }
    }

    private static BigDecimal price(int row, String text, List<Violation> violations) {
        if (text.isEmpty()) {
            violations.add(at(row, PRICE, "offers.schedule.price.required"));
            return null;
        }
        BigDecimal price = PRICE_FORMAT.matcher(text).matches() ? new BigDecimal(text.replace(',', '.')) : null;
        if (price == null || price.signum() <= 0 || Math.max(0, price.stripTrailingZeros().scale()) > LotOffer.PRICE_SCALE
                || price.compareTo(PRICE_LIMIT) >= 0) {
            violations.add(at(row, PRICE, "offers.schedule.price", text));
            return null;
        }
        return price.setScale(LotOffer.PRICE_SCALE);
    }

    private static String columnName(int column) {
        return switch (column) {
            case LOT_COLUMN -> LOT;
            case MARKET_COLUMN -> MARKET;
            case VARENUMMER_COLUMN -> VARENUMMER;
            case PRICE_COLUMN -> PRICE;
            case SCENARIO_COLUMN -> SCENARIO;
            default -> "column" + (column + 1);
        };
    }

    /** A broken rule of row {@code row} under {@code row.N.column} (or {@code row.N}); the row number, as text, first. */
    private static Violation at(int row, String column, String key, Object... more) {
        Object[] arguments = new Object[more.length + 1];
        arguments[0] = String.valueOf(row);
        System.arraycopy(more, 0, arguments, 1, more.length);
        return new Violation("row." + row + (column == null ? "" : "." + column), key, arguments);
    }

    private static int rowOf(Violation violation) {
        String[] parts = Objects.requireNonNull(violation.field()).split("\\.");
        return Integer.parseInt(parts[1]);
    }
}
