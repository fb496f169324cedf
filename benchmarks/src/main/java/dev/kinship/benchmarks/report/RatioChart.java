package dev.kinship.benchmarks.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

import dev.kinship.benchmarks.Engine;
import dev.kinship.benchmarks.Workload;

/**
 * Renders the grouped bar chart of time per operation relative to hand-written JDBC: a part per
 * database (SQLite, then PostgreSQL, each with its own workloads and scale), one panel per data
 * set size, one group of bars per workload, one bar per contender, with error bars, on a
 * logarithmic axis in powers of two (N+1 plans are tens of times the floor). Hand-written JDBC
 * is the reference line at 1; Kinship's contenders are drawn in blues, Hibernate's in reds and
 * oranges ({@link ContenderColours}), so the families read at a glance. Error bars are the
 * propagated 99.9 % confidence half-widths, absent after a single measurement iteration.
 */
final class RatioChart {

    private static final int WIDTH = 1600;
    private static final int PANEL_HEIGHT = 360;
    private static final int TITLE_HEIGHT = 50;
    private static final int PART_EXTRA_HEIGHT = 90;
    private static final int LEGEND_HEIGHT = 70;
    private static final String TITLE = "Time per operation relative to hand-written JDBC (lower is better)";

    private RatioChart() {
    }

    static void write(List<Score> scores, Path png) throws IOException {
        List<JFreeChart> parts = new ArrayList<>();
        List<Integer> heights = new ArrayList<>();
        List<Engine> engines = new ArrayList<>();
        for (Engine engine : Engine.values()) {
            if (scores.stream().anyMatch(s -> s.engine() == engine)) {
                engines.add(engine);
            }
        }
        for (Engine engine : engines) {
            List<Score> measured = scores.stream().filter(s -> s.engine() == engine).toList();
            boolean last = engine == engines.get(engines.size() - 1);
            Set<Integer> sizes = new TreeSet<>();
            measured.forEach(s -> sizes.add(s.posts()));
            parts.add(part(engine, measured, sizes, last ? legend(contenders(scores)) : null));
            heights.add(PART_EXTRA_HEIGHT + PANEL_HEIGHT * sizes.size() + (last ? LEGEND_HEIGHT : 0));
        }
        int height = TITLE_HEIGHT + heights.stream().mapToInt(Integer::intValue).sum();
        BufferedImage image = new BufferedImage(WIDTH, Math.max(height, TITLE_HEIGHT + PANEL_HEIGHT),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setColor(Color.WHITE);
            g2.fillRect(0, 0, image.getWidth(), image.getHeight());
            g2.setColor(Color.BLACK);
            g2.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
            int titleWidth = g2.getFontMetrics().stringWidth(TITLE);
            g2.drawString(TITLE, (WIDTH - titleWidth) / 2, 34);
            int y = TITLE_HEIGHT;
            for (int i = 0; i < parts.size(); i++) {
                parts.get(i).draw(g2, new Rectangle2D.Double(0, y, WIDTH, heights.get(i)));
                y += heights.get(i);
            }
        } finally {
            g2.dispose();
        }
        try (OutputStream out = Files.newOutputStream(png)) {
            ChartUtils.writeBufferedImageAsPNG(out, image);
        }
    }

    /** Every contender with a JDBC reference to be compared with, in legend order. */
    static List<String> contenders(List<Score> scores) {
        Set<String> contenders = new LinkedHashSet<>();
        for (List<Score> group : MarkdownReport.groups(scores).values()) {
            if (group.stream().anyMatch(Score::isBaseline)) {
                group.stream().filter(s -> !s.isBaseline()).forEach(s -> contenders.add(s.contender()));
            }
        }
        return ContenderColours.order(contenders);
    }

    private static JFreeChart part(Engine engine, List<Score> scores, Set<Integer> sizes, LegendItemCollection legend) {
        List<String> contenders = contenders(scores);
        double low = 1;
        double high = 1;
        for (List<Score> group : MarkdownReport.groups(scores).values()) {
            Optional<Score> baseline = group.stream().filter(Score::isBaseline).findFirst();
            for (Score score : group) {
                if (baseline.isPresent() && !score.isBaseline()) {
                    double ratio = score.ratioTo(baseline.get());
                    low = Math.min(low, ratio);
                    high = Math.max(high, ratio + errorOrZero(score.ratioErrorTo(baseline.get())));
                }
            }
        }
        CategoryAxis workloads = new CategoryAxis("Workload");
        workloads.setCategoryMargin(0.15);
        CombinedDomainCategoryPlot combined = new CombinedDomainCategoryPlot(workloads);
        combined.setGap(12);
        for (int size : sizes) {
            combined.add(panel(scores, size, contenders, low, high));
        }
        if (legend != null) {
            combined.setFixedLegendItems(legend);
        }
        JFreeChart chart = new JFreeChart(null, null, combined, legend != null);
        chart.setTitle(new TextTitle(engine.label(), new Font(Font.SANS_SERIF, Font.BOLD, 17)));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** The reference line first, then Kinship's family, then Hibernate's. */
    private static LegendItemCollection legend(List<String> contenders) {
        LegendItemCollection items = new LegendItemCollection();
        items.add(new LegendItem("hand-written JDBC = 1", null, null, null, new Line2D.Double(-8, 0, 8, 0),
                new BasicStroke(2f), ContenderColours.JDBC));
        for (String contender : contenders) {
            items.add(new LegendItem(contender, ContenderColours.of(contender)));
        }
        return items;
    }

    private static CategoryPlot panel(List<Score> scores, int size, List<String> contenders, double low,
                                      double high) {
        DefaultStatisticalCategoryDataset dataset = new DefaultStatisticalCategoryDataset();
        for (String contender : contenders) {
            for (Workload workload : workloadsIn(scores)) {
                dataset.add((Number) null, null, contender, workload.name());
            }
        }
        for (List<Score> group : MarkdownReport.groups(scores).values()) {
            Optional<Score> baseline = group.stream().filter(Score::isBaseline).findFirst();
            for (Score score : group) {
                if (score.posts() == size && baseline.isPresent() && !score.isBaseline()) {
                    double ratio = score.ratioTo(baseline.get());
                    // a log axis cannot draw an error bar that reaches zero: cap it just above
                    double error = Math.min(errorOrZero(score.ratioErrorTo(baseline.get())), 0.9 * ratio);
                    dataset.add(ratio, error, score.contender(), score.workload().name());
                }
            }
        }
        LogAxis ratios = new LogAxis(String.format("× JDBC, %,d posts", size));
        ratios.setBase(2);
        ratios.setTickUnit(new NumberTickUnit(1));
        ratios.setNumberFormatOverride(new DecimalFormat("0.##"));
        ratios.setRange(Math.min(0.5, low / 1.5), Math.max(2, high * 1.5));
        StatisticalBarRenderer renderer = new StatisticalBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.03);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(new Color(0x555555));
        renderer.setDefaultOutlineStroke(new BasicStroke(0.5f));
        renderer.setErrorIndicatorPaint(Color.DARK_GRAY);
        renderer.setErrorIndicatorStroke(new BasicStroke(1.2f));
        for (int i = 0; i < contenders.size(); i++) {
            renderer.setSeriesPaint(i, ContenderColours.of(contenders.get(i)));
        }
        CategoryPlot panel = new CategoryPlot(dataset, null, ratios, renderer);
        panel.setBackgroundPaint(Color.WHITE);
        panel.setRangeGridlinePaint(Color.LIGHT_GRAY);
        ValueMarker jdbc = new ValueMarker(1.0, ContenderColours.JDBC, new BasicStroke(2f));
        jdbc.setLabel("JDBC = 1");
        jdbc.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        jdbc.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        panel.addRangeMarker(jdbc);
        return panel;
    }

    private static double errorOrZero(double error) {
        return Double.isNaN(error) ? 0 : error;
    }

    private static Set<Workload> workloadsIn(List<Score> scores) {
        Set<Workload> workloads = new TreeSet<>();
        for (Score score : scores) {
            workloads.add(score.workload());
        }
        return workloads;
    }
}
