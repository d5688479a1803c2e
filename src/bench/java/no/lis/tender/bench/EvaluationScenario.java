package no.lis.tender.bench;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import no.lis.tender.catalogue.domain.ProductRepository;
import no.lis.tender.catalogue.domain.Varenummer;
import no.lis.tender.evaluation.application.OpenedOfferReader;
import no.lis.tender.evaluation.application.RankTender;
import no.lis.tender.evaluation.application.RankTenderProbe;
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
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.naming.InitialContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The end-to-end evaluation of a large generic tender on the production path: inside the Liberty test
 * server, on its Derby database, through the application's own beans. {@link RankTender#rank} (read the
 * opened offers and decrypt them, the qualifications, the consensus scores and the catalogue's packs;
 * compute every lot; store the ranking) is timed on the tender of {@link GenericTenderSeed}
 * ({@value GenericTenderSeed#LOTS} lots × {@value GenericTenderSeed#SUPPLIERS} offers), each run its own
 * transaction as when a buyer presses "rank": {@value #WARM_UP} runs to warm up (a server runs for
 * days; the JIT compiles the hot paths of a run this size only after several runs), then {@value #RUNS}
 * measured; the first, cold run is reported apart. The parts are then timed on their own, each in its own transaction, to show where the time
 * goes. The figures go to {@code target/bench/evaluation-scenario.txt} and the build's output.
 * <p>
 * Not part of {@code mvn verify}: run with {@code mvn -B -Pbench verify} (see docs/performance.md).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvaluationScenario {

    static final int WARM_UP = 10;
    static final int RUNS = 10;
    static final long GOAL_MS = 1_000;
    /** One report per database: {@code bench/evaluation-scenario-derby.txt}, {@code …-postgresql.txt}. */
    static String report(String database) {
        return "bench/evaluation-scenario-" + database + ".txt";
    }

    @Deployment(testable = true)
    static WebArchive deployment() {
        return Deployments.application()
                .addClasses(EvaluationScenario.class, GenericTenderSeed.class, RankTenderProbe.class);
    }

    @Test
    @Order(1)
    void ranksAGenericTenderOf2000LotsAnd8OffersPerLot() throws Exception {
        UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
        long seedStarted = System.nanoTime();
        long tenderId = new GenericTenderSeed(tx).tenderId();
        long seedMs = (System.nanoTime() - seedStarted) / 1_000_000;

        CDI<Object> cdi = CDI.current();
        RankTender rankTender = cdi.select(RankTender.class).get();
        long firstStarted = System.nanoTime();
        List<LotOutcome> outcomes = rankTender.rank(tenderId, GenericTenderSeed.BUYER);
        double first = millisSince(firstStarted);
        requireEveryLotRanked(outcomes);
        for (int i = 1; i < WARM_UP; i++) {
            rankTender.rank(tenderId, GenericTenderSeed.BUYER);
        }
        double[] whole = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            rankTender.rank(tenderId, GenericTenderSeed.BUYER);
            whole[i] = millisSince(started);
        }

        TenderRepository tenders = cdi.select(TenderRepository.class).get();
        OpenedOfferReader reader = cdi.select(OpenedOfferReader.class).get();
        QualificationRepository qualifications = cdi.select(QualificationRepository.class).get();
        ConsensusScoreRepository consensus = cdi.select(ConsensusScoreRepository.class).get();
        ProductRepository products = cdi.select(ProductRepository.class).get();
        TenderRankingRepository rankings = cdi.select(TenderRankingRepository.class).get();
        RankTenderProbe probe = new RankTenderProbe();
        Set<Varenummer> offered = IntStream.rangeClosed(1, GenericTenderSeed.LOTS).boxed()
                .flatMap(lot -> IntStream.range(0, GenericTenderSeed.SUPPLIERS)
                        .mapToObj(supplier -> GenericTenderSeed.varenummer(lot, supplier)))
                .collect(Collectors.toSet());
        Map<String, double[]> parts = new LinkedHashMap<>();
        Map<String, Callable<Object>> steps = new LinkedHashMap<>();
        steps.put("read: tender and its 2 000 lots", () -> tenders.find(tenderId).orElseThrow().getLots().size());
        steps.put("read: opened offers (8 × decrypt AES-GCM + parse JSON)", () -> reader.opened(tenderId).size());
        steps.put("read: qualifications, consensus, catalogue packs", () -> qualifications.findByTender(tenderId)
                .size() + consensus.findByTender(tenderId).size() + products.findByVarenumre(offered).size());
        steps.put("read + compute (RankTender.evaluate)", () -> probe.evaluate(tenders.find(tenderId).orElseThrow()));
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
        String database = databaseProduct();
        String report = report(database, outcomes, seedMs, whole, parts)
                + String.format(Locale.ROOT, "first run after the server started (cold JIT, not counted): %.1f ms%n", first);
        System.out.println(report);
        Path file = targetFolder().resolve(report(database.toLowerCase(Locale.ROOT).contains("postgres") ? "postgresql" : "derby"));
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        if (median(whole) > GOAL_MS) {
            throw new AssertionError("median " + format(median(whole)) + " ms is over the goal of " + GOAL_MS
                    + " ms\n" + report);
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

    private static void requireEveryLotRanked(List<LotOutcome> outcomes) {
        if (outcomes.size() != GenericTenderSeed.LOTS) {
            throw new AssertionError(outcomes.size() + " outcomes for " + GenericTenderSeed.LOTS + " lots");
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

    private static String report(String database, List<LotOutcome> outcomes, long seedMs, double[] whole,
                                 Map<String, double[]> parts) {
        Runtime runtime = Runtime.getRuntime();
        StringBuilder out = new StringBuilder();
        out.append("End-to-end evaluation scenario (RankTender.rank) on Open Liberty + ").append(database).append(", ")
                .append(Instant.now()).append('\n');
        out.append(String.format(Locale.ROOT, "machine: %d cores seen by the server JVM, max heap %d MiB, Java %s (%s)%n",
                runtime.availableProcessors(), runtime.maxMemory() / (1024 * 1024), System.getProperty("java.version"),
                System.getProperty("java.vm.name")));
        out.append(String.format(Locale.ROOT, "tender: %d lots, %d offers per lot (%d evaluated offers), every lot ranked;"
                        + " seeding (not timed) took %d ms (0 = seeded by an earlier run)%n", outcomes.size(),
                GenericTenderSeed.SUPPLIERS, outcomes.stream().mapToInt(o -> o.offers().size()).sum(), seedMs));
        out.append(String.format(Locale.ROOT, "load average (1, 5, 15 min) at the end: %s; other processes on the"
                + " machine slow every figure down%n", loadAverage()));
        out.append(String.format(Locale.ROOT, "runs: %d warm-up, %d measured, each its own transaction%n%n", WARM_UP, RUNS));
        out.append(String.format(Locale.ROOT, "%-58s %9s %9s %9s %9s%n", "ms", "min", "median", "p90", "max"));
        out.append(line("RankTender.rank, whole run (goal: median < " + GOAL_MS + ")", whole));
        out.append("parts, each timed on its own:\n");
        parts.forEach((name, times) -> out.append(line("  " + name, times)));
        double reads = parts.entrySet().stream().filter(e -> e.getKey().startsWith("read:"))
                .mapToDouble(e -> median(e.getValue())).sum();
        double readAndCompute = parts.entrySet().stream().filter(e -> e.getKey().startsWith("read + compute"))
                .mapToDouble(e -> median(e.getValue())).sum();
        out.append(String.format(Locale.ROOT, "  %-56s %9s %9s%n", "compute (median read + compute - sum of read medians)",
                "", format(readAndCompute - reads)));
        out.append(String.format(Locale.ROOT, "%nwhole runs, in order: %s%n", Arrays.stream(whole)
                .mapToObj(EvaluationScenario::format).collect(Collectors.joining(", "))));
        return out.toString();
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
                format(sorted[(int) Math.ceil(0.9 * sorted.length) - 1]), format(sorted[sorted.length - 1]));
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

    private static void inTransaction(UserTransaction tx, Callable<Object> work) throws Exception {
        tx.begin();
        try {
            work.call();
            tx.commit();
        } catch (Exception | Error e) {
            if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
                tx.rollback();
            }
            throw e;
        }
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
