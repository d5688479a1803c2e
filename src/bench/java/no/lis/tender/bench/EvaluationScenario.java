package no.lis.tender.bench;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.transaction.UserTransaction;
import no.lis.tender.catalogue.domain.ProductRepository;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.evaluation.application.OpenedOfferReader;
import no.lis.tender.evaluation.application.RankTender;
import no.lis.tender.evaluation.application.RankTenderProbe;
import no.lis.tender.evaluation.domain.Consensus;
import no.lis.tender.evaluation.domain.ConsensusScore;
import no.lis.tender.evaluation.domain.ConsensusScoreRepository;
import no.lis.tender.evaluation.domain.LotOutcome;
import no.lis.tender.evaluation.domain.QualificationRepository;
import no.lis.tender.evaluation.domain.TenderRankingRepository;
import no.lis.tender.it.Deployments;
import no.lis.tender.tendering.domain.TenderRepository;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.naming.InitialContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import static no.lis.tender.bench.Transactions.inTransaction;

/**
 * The end-to-end evaluation of large generic tenders on the production path: inside the Liberty test
 * server, on its database, through the application's own beans. {@link RankTender#rank} (read the
 * opened offers, the qualifications, the consensus scores and the catalogue's packs; compute every
 * lot; store the ranking) is timed on a tender of {@link GenericTenderSeed} for each size in the
 * system property {@code bench.lots} (lots, comma-separated; {@value #DEFAULT_SIZES} unless given), each
 * lot with {@value GenericTenderSeed#SUPPLIERS} offers, each run its own transaction as when a buyer
 * presses "Beregn rangering": {@value #WARM_UP} runs to warm up (a server runs for days; the JIT
 * compiles the hot paths of a run this size only after several runs), then {@value #RUNS} measured;
 * the first, cold run is reported apart. Before every run one consensus score of the tender is
 * changed (in its own transaction, not timed), as when a buyer ranks again after a change: the run
 * computes and stores every lot again. For the size of the goal ({@value GenericTenderSeed#LOTS}
 * lots, or else the largest) the parts are then timed on their own, each in its own transaction, to
 * show where the time goes. The figures go to {@code target/bench/evaluation-scenario-<database>.txt}
 * and the build's output, with a growth table (median and milliseconds per lot by size).
 * <p>
 * Not part of {@code mvn verify}: run with {@code mvn -B -Pbench verify} (see docs/performance.md).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvaluationScenario {

    static final int WARM_UP = 10;
    static final int RUNS = 10;
    static final long GOAL_MS = 300;
    static final String DEFAULT_SIZES = "2000";
    /** The sizes asked for, handed from the build (system property {@code bench.lots}) to the server in the archive. */
    private static final String SIZES = "bench-lots.txt";

    /** One report per database: {@code bench/evaluation-scenario-derby.txt}, {@code …-postgresql.txt}. */
    static String report(String database) {
        return "bench/evaluation-scenario-" + database + ".txt";
    }

    @Deployment(testable = true)
    static WebArchive deployment() {
        return Deployments.application()
                .addClasses(EvaluationScenario.class, GenericTenderSeed.class, Transactions.class, RankTenderProbe.class)
                .addAsResource(new StringAsset(System.getProperty("bench.lots", DEFAULT_SIZES)), SIZES);
    }

    /** What one size measured. */
    private record Size(int lots, long tenderId, long seedMs, double first, double[] whole) {
    }

    @Test
    @Order(1)
    void ranksGenericTendersOfEverySizeWithEightOffersPerLot() throws Exception {
        UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
        CDI<Object> cdi = CDI.current();
        RankTender rankTender = cdi.select(RankTender.class).get();
        List<Size> sizes = new ArrayList<>();
        for (int lots : sizes()) {
            long seedStarted = System.nanoTime();
            long tenderId = new GenericTenderSeed(tx, lots).tenderId();
            long seedMs = (System.nanoTime() - seedStarted) / 1_000_000;
            changeAConsensusScore(tx, tenderId, 0);
            long firstStarted = System.nanoTime();
            List<LotOutcome> outcomes = rankTender.rank(tenderId, GenericTenderSeed.BUYER);
            double first = millisSince(firstStarted);
            requireEveryLotRanked(outcomes, lots);
            for (int i = 1; i < WARM_UP; i++) {
                changeAConsensusScore(tx, tenderId, i);
                rankTender.rank(tenderId, GenericTenderSeed.BUYER);
            }
            double[] whole = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                changeAConsensusScore(tx, tenderId, WARM_UP + i);
                long started = System.nanoTime();
                rankTender.rank(tenderId, GenericTenderSeed.BUYER);
                whole[i] = millisSince(started);
            }
            sizes.add(new Size(lots, tenderId, seedMs, first, whole));
            System.out.printf(Locale.ROOT, "%d lots: median %s ms%n", lots, format(median(whole)));
        }
        Size goal = sizes.stream().filter(size -> size.lots() == GenericTenderSeed.LOTS).findFirst()
                .orElse(sizes.stream().max(Comparator.comparingInt(Size::lots)).orElseThrow());
        Map<String, double[]> parts = parts(tx, cdi, goal);

        String database = databaseProduct();
        String report = report(database, sizes, goal, parts);
        System.out.println(report);
        Path file = targetFolder().resolve(report(database.toLowerCase(Locale.ROOT).contains("postgres") ? "postgresql" : "derby"));
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        if (goal.lots() == GenericTenderSeed.LOTS && median(goal.whole()) > GOAL_MS) {
            throw new AssertionError("median " + format(median(goal.whole())) + " ms is over the goal of " + GOAL_MS
                    + " ms\n" + report);
        }
    }

    /** Each part of a ranking of {@code size}'s tender, timed on its own in its own transactions. */
    private static Map<String, double[]> parts(UserTransaction tx, CDI<Object> cdi, Size size) throws Exception {
        long tenderId = size.tenderId();
        TenderRepository tenders = cdi.select(TenderRepository.class).get();
        OpenedOfferReader reader = cdi.select(OpenedOfferReader.class).get();
        QualificationRepository qualifications = cdi.select(QualificationRepository.class).get();
        ConsensusScoreRepository consensus = cdi.select(ConsensusScoreRepository.class).get();
        ProductRepository products = cdi.select(ProductRepository.class).get();
        TenderRankingRepository rankings = cdi.select(TenderRankingRepository.class).get();
        RankTenderProbe probe = new RankTenderProbe();
        Set<Varenummer> offered = new GenericTenderSeed(tx, size.lots()).offeredPacks();
        List<LotOutcome> outcomes = inTransaction(tx, () -> probe.evaluate(tenders.findReadOnly(tenderId).orElseThrow()));
        String lots = String.format(Locale.ROOT, "%,d", size.lots()).replace(',', ' ');
        Map<String, double[]> parts = new LinkedHashMap<>();
        Map<String, Callable<Object>> steps = new LinkedHashMap<>();
        steps.put("read: tender, its " + lots + " lots and their scenarios", () -> tenders.findReadOnly(tenderId)
                .orElseThrow().getLots().stream().mapToInt(lot -> lot.getScenarios().size() + 1).sum());
        steps.put("read: opened offers (cached after the first ranking)", () -> reader.opened(tenderId).size());
        steps.put("read: qualifications, consensus, catalogue packs", () -> qualifications.findByTender(tenderId)
                .size() + consensus.findByTender(tenderId).size() + products.packFacts(offered).size());
        steps.put("read + compute (RankTender.evaluate)", () -> probe.evaluate(tenders.findReadOnly(tenderId).orElseThrow()));
        steps.put("store (TenderRankingRepository.replace + commit)", () -> {
            rankings.replace(tenderId, outcomes);
            return null;
        });
        for (Map.Entry<String, Callable<Object>> step : steps.entrySet()) {
            double[] times = new double[RUNS];
            for (int i = -WARM_UP; i < RUNS; i++) {
                long started = System.nanoTime();
                inTransaction(tx, step.getValue());
                if (i >= 0) {
                    times[i] = millisSince(started);
                }
            }
            parts.put(step.getKey(), times);
        }
        return parts;
    }

    /**
     * Something a buyer changes before ranking again: the consensus score of one offer (in turn), a
     * point up or down. Every run then computes and stores a ranking that differs from the one stored.
     */
    private static void changeAConsensusScore(UserTransaction tx, long tenderId, int run) throws Exception {
        ConsensusScoreRepository consensus = CDI.current().select(ConsensusScoreRepository.class).get();
        inTransaction(tx, () -> {
            List<ConsensusScore> scores = consensus.findByTender(tenderId).stream()
                    .sorted(Comparator.comparing(ConsensusScore::getId)).toList();
            ConsensusScore score = scores.get(run % scores.size());
            int value = score.getValue() < 10 ? score.getValue() + 1 : score.getValue() - 1;
            score.revise(new Consensus(score.getOfferId(), score.ref(), score.getProposedMean(), value,
                    "Ytelsestest: endret før ny rangering (" + run + ")", GenericTenderSeed.BUYER, Instant.now()));
            return null;
        });
    }

    /** The sizes to measure, as the build gave them. */
    private static List<Integer> sizes() throws IOException {
        try (var in = EvaluationScenario.class.getClassLoader().getResourceAsStream(SIZES)) {
            String sizes = in == null ? DEFAULT_SIZES : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(sizes.split(",")).map(String::trim).filter(size -> !size.isEmpty())
                    .map(Integer::valueOf).toList();
        }
    }

    /** Shows the figures in the build's output; the server wrote them to target/bench. */
    @Test
    @Order(2)
    @RunAsClient
    void printsTheFigures() throws IOException {
        // the PostgreSQL pass of the build sets it.database for its tests
        Path file = Path.of("target").resolve(report(System.getProperty("it.database", "derby")));
        System.out.println();
        System.out.println(Files.exists(file) ? Files.readString(file) : "no report at " + file.toAbsolutePath());
    }

    private static void requireEveryLotRanked(List<LotOutcome> outcomes, int lots) {
        if (outcomes.size() != lots) {
            throw new AssertionError(outcomes.size() + " outcomes for " + lots + " lots");
        }
        outcomes.stream().filter(o -> !o.status().isRanked() || o.offers().size() != GenericTenderSeed.SUPPLIERS)
                .findFirst().ifPresent(o -> {
                    throw new AssertionError("lot " + o.lotNumber() + " is " + o.status() + " with " + o.offers().size()
                            + " offers, waiting for " + o.waitingFor());
                });
    }

    /** The database the server's data source reaches, as its JDBC driver names it. */
    private static String databaseProduct() throws Exception {
        javax.sql.DataSource dataSource = InitialContext.doLookup("jdbc/lis");
        try (java.sql.Connection connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        }
    }

    private static String report(String database, List<Size> sizes, Size goal, Map<String, double[]> parts) {
        Runtime runtime = Runtime.getRuntime();
        StringBuilder out = new StringBuilder();
        out.append("End-to-end evaluation scenario (RankTender.rank) on Open Liberty + ").append(database).append(", ")
                .append(Instant.now()).append('\n');
        out.append(String.format(Locale.ROOT, "machine: %d cores seen by the server JVM, max heap %d MiB, Java %s (%s)%n",
                runtime.availableProcessors(), runtime.maxMemory() / (1024 * 1024), System.getProperty("java.version"),
                System.getProperty("java.vm.name")));
        out.append(String.format(Locale.ROOT, "tenders: %d offers per lot, every lot ranked; one consensus score changed"
                + " before every run (not timed)%n", GenericTenderSeed.SUPPLIERS));
        out.append(String.format(Locale.ROOT, "load average (1, 5, 15 min) at the end: %s; other processes on the"
                + " machine slow every figure down%n", loadAverage()));
        out.append(String.format(Locale.ROOT, "runs: %d warm-up, %d measured, each its own transaction%n%n", WARM_UP, RUNS));
        out.append("growth (RankTender.rank, whole run):\n");
        out.append(String.format(Locale.ROOT, "%8s %9s %9s %9s %12s %10s %10s%n", "lots", "min", "median", "p90",
                "ms per lot", "first run", "seeding"));
        for (Size size : sizes) {
            double[] sorted = size.whole().clone();
            Arrays.sort(sorted);
            out.append(String.format(Locale.ROOT, "%8d %9s %9s %9s %12.3f %10s %10d%n", size.lots(), format(sorted[0]),
                    format(median(size.whole())), format(p90(sorted)), median(size.whole()) / size.lots(),
                    format(size.first()), size.seedMs()));
        }
        out.append(String.format(Locale.ROOT, "(seeding in ms, not timed; 0 = seeded by an earlier run)%n%n"));
        out.append(String.format(Locale.ROOT, "%d lots: %-48s %9s %9s %9s %9s%n", goal.lots(), "ms", "min", "median",
                "p90", "max"));
        out.append(line("RankTender.rank, whole run (goal: median < " + GOAL_MS + ")", goal.whole()));
        out.append("parts, each timed on its own:\n");
        parts.forEach((name, times) -> out.append(line("  " + name, times)));
        double reads = parts.entrySet().stream().filter(e -> e.getKey().startsWith("read:"))
                .mapToDouble(e -> median(e.getValue())).sum();
        double readAndCompute = parts.entrySet().stream().filter(e -> e.getKey().startsWith("read + compute"))
                .mapToDouble(e -> median(e.getValue())).sum();
        out.append(String.format(Locale.ROOT, "  %-56s %9s %9s%n", "compute (median read + compute - sum of read medians)",
                "", format(readAndCompute - reads)));
        out.append(String.format(Locale.ROOT, "%nwhole runs of %d lots, in order: %s%n", goal.lots(),
                Arrays.stream(goal.whole()).mapToObj(EvaluationScenario::format).collect(Collectors.joining(", "))));
        out.append(String.format(Locale.ROOT, "first run after the server started (cold JIT, offers not yet cached, not"
                + " counted): %s ms%n", format(goal.first())));
        return out.toString();
    }

    private static double p90(double[] sorted) {
        return sorted[(int) Math.ceil(0.9 * sorted.length) - 1];
    }

    private static String loadAverage() {
        try {
            return String.join(", ", Arrays.asList(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String line(String name, double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%-58s %9s %9s %9s %9s%n", name, format(sorted[0]), format(median(times)),
                format(p90(sorted)), format(sorted[sorted.length - 1]));
    }

    private static double median(double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static String format(double millis) {
        return String.format(Locale.ROOT, "%.1f", millis);
    }

    private static double millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000.0;
    }

    /**
     * The project's target folder: the test server lives in target/liberty/wlp/usr/servers/&lt;name&gt;;
     * elsewhere the server's own output folder.
     */
    private static Path targetFolder() {
        Path output = Path.of(ConfigProvider.getConfig().getOptionalValue("server.output.dir", String.class)
                .orElse(System.getProperty("user.dir"))).toAbsolutePath().normalize();
        Path target = output.resolve("../../../../..").normalize();
        return Files.exists(target.resolve("liberty")) ? target : output;
    }
}
