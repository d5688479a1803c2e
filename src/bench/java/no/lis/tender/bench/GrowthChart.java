package no.lis.tender.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws the growth table of {@link EvaluationScenario} (median ms of a whole ranking by number of lots)
 * as an SVG chart, one line per report given, with the straight line through the origin that fits each
 * best (least squares), so that a reader sees whether the time grows linearly. Run from the project
 * folder without compiling:
 * <pre>java src/bench/java/no/lis/tender/bench/GrowthChart.java docs/evaluation-growth.svg target/bench/evaluation-scenario-derby.txt [target/bench/evaluation-scenario-postgresql.txt]</pre>
 */
public final class GrowthChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 400;
    private static final int LEFT = 70;
    private static final int RIGHT = 150;
    private static final int TOP = 40;
    private static final int BOTTOM = 60;
    private static final String[] COLOURS = {"#1f5f99", "#b5541b", "#3d7a3d"};

    private record Point(int lots, double medianMs) {
    }

    private record Series(String name, List<Point> points) {

        /** The slope of the line through the origin closest to the points (ms per lot). */
        double slope() {
            double xy = points.stream().mapToDouble(p -> p.lots() * p.medianMs()).sum();
            double xx = points.stream().mapToDouble(p -> (double) p.lots() * p.lots()).sum();
            return xy / xx;
        }
    }

    private GrowthChart() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: GrowthChart <out.svg> <evaluation-scenario-*.txt>...");
            System.exit(2);
        }
        List<Series> series = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            series.add(read(Path.of(args[i])));
        }
        Files.writeString(Path.of(args[0]), svg(series));
    }

    /** The growth table of a scenario report: the lines after "growth", up to the first empty line. */
    private static Series read(Path report) throws IOException {
        List<String> lines = Files.readAllLines(report);
        String database = lines.get(0).replaceFirst(".*Open Liberty \\+ ([A-Za-z ]+?) [0-9].*", "$1").trim();
        List<Point> points = new ArrayList<>();
        boolean inTable = false;
        for (String line : lines) {
            if (line.startsWith("growth")) {
                inTable = true;
            } else if (inTable && line.isBlank() || inTable && line.startsWith("(")) {
                break;
            } else if (inTable && line.trim().matches("[0-9].*")) {
                String[] cells = line.trim().split("\\s+");
                points.add(new Point(Integer.parseInt(cells[0]), Double.parseDouble(cells[2])));
            }
        }
        if (points.isEmpty()) {
            throw new IllegalArgumentException("no growth table in " + report);
        }
        return new Series(database, points);
    }

    private static String svg(List<Series> series) {
        int maxLots = series.stream().flatMap(s -> s.points().stream()).mapToInt(Point::lots).max().orElse(1);
        double maxMs = series.stream().flatMap(s -> s.points().stream()).mapToDouble(Point::medianMs).max().orElse(1);
        double xMax = niceCeiling(maxLots);
        double yMax = niceCeiling(maxMs * 1.1);
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\" role=\"img\""
                + " aria-labelledby=\"title\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        out.append("<title id=\"title\">Evaluation time (median of 10 runs, RankTender.rank) by number of lots,"
                + " 8 offers per lot</title>\n");
        out.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"22\" font-size=\"14\" font-weight=\"bold\">"
                + "Ranking a tender: median ms by number of lots (8 offers per lot)</text>%n", LEFT - 50));
        for (int i = 0; i <= 4; i++) {
            double ms = yMax * i / 4;
            double y = TOP + plotHeight - plotHeight * i / 4;
            out.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>%n"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.0f</text>%n", LEFT, y, LEFT + plotWidth, y,
                    LEFT - 8, y + 4, ms));
            double lots = xMax * i / 4;
            double x = LEFT + plotWidth * i / 4;
            out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%.0f</text>%n",
                    x, TOP + plotHeight + 18, lots));
        }
        out.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%.1f\" stroke=\"black\"/>%n"
                + "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"black\"/>%n", LEFT, TOP, LEFT,
                TOP + plotHeight, LEFT, TOP + plotHeight, LEFT + plotWidth, TOP + plotHeight));
        out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">lots</text>%n",
                LEFT + plotWidth / 2, HEIGHT - 18));
        out.append(String.format(Locale.ROOT, "<text x=\"18\" y=\"%.1f\" text-anchor=\"middle\" transform=\"rotate(-90 18"
                + " %.1f)\">median ms</text>%n", TOP + plotHeight / 2, TOP + plotHeight / 2));
        // the goal: a median under 300 ms for 2 000 lots
        double goalX = LEFT + plotWidth * 2000 / xMax;
        double goalY = TOP + plotHeight - plotHeight * Math.min(300, yMax) / yMax;
        out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#c00\""
                + " stroke-dasharray=\"2 3\"/>%n<text x=\"%.1f\" y=\"%.1f\" fill=\"#c00\" font-size=\"11\">goal: under 300 ms"
                + " at 2 000 lots</text>%n", goalX - 30, goalY, goalX + 30, goalY, goalX - 30, goalY - 6));
        for (int s = 0; s < series.size(); s++) {
            Series one = series.get(s);
            String colour = COLOURS[s % COLOURS.length];
            StringBuilder path = new StringBuilder();
            for (Point point : one.points()) {
                double x = LEFT + plotWidth * point.lots() / xMax;
                double y = TOP + plotHeight - plotHeight * point.medianMs() / yMax;
                path.append(path.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
                out.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\">"
                        + "<title>%d lots: %.1f ms</title></circle>%n", x, y, colour, point.lots(), point.medianMs()));
            }
            out.append(String.format(Locale.ROOT, "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                    path, colour));
            double slope = one.slope();
            double endLots = Math.min(xMax, yMax / slope);
            out.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\""
                    + " stroke-dasharray=\"5 4\"/>%n", LEFT, TOP + plotHeight, LEFT + plotWidth * endLots / xMax,
                    TOP + plotHeight - plotHeight * slope * endLots / yMax, colour));
            double legendY = TOP + 14 + s * 36;
            out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\""
                    + " stroke-width=\"2\"/>%n<text x=\"%.1f\" y=\"%.1f\">%s</text>%n"
                    + "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\">dashed: %.3f ms/lot</text>%n",
                    LEFT + plotWidth + 12, legendY, LEFT + plotWidth + 32, legendY, colour, LEFT + plotWidth + 38,
                    legendY + 4, escape(one.name()), LEFT + plotWidth + 38, legendY + 18, slope));
        }
        out.append("</svg>\n");
        return out.toString();
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least {@code value}. */
    private static double niceCeiling(double value) {
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }
}
