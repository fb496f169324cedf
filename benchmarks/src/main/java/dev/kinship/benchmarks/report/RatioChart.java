package dev.kinship.benchmarks.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
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
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

import dev.kinship.benchmarks.Workload;

/**
 * Renders the grouped bar chart of time per operation relative to hand-written JDBC: one panel
 * per data set size, one group of bars per workload, one bar per contender, with error bars,
 * on a logarithmic axis in powers of two (N+1 plans are tens of times the floor), and a line at
 * 1 (JDBC). Error bars are the propagated 99.9 % confidence half-widths, absent after a single
 * measurement iteration.
 */
final class RatioChart {

    private static final int WIDTH = 1600;
    private static final int PANEL_HEIGHT = 380;

    private RatioChart() {
    }

    static void write(List<Score> scores, Path png) throws IOException {
        Set<String> contenders = new LinkedHashSet<>();
        Set<Integer> sizes = new TreeSet<>();
        double low = 1;
        double high = 1;
        for (List<Score> group : MarkdownReport.groups(scores).values()) {
            Optional<Score> baseline = group.stream().filter(Score::isBaseline).findFirst();
            for (Score score : group) {
                if (baseline.isPresent() && !score.isBaseline()) {
                    contenders.add(score.contender());
                    double ratio = score.ratioTo(baseline.get());
                    low = Math.min(low, ratio);
                    high = Math.max(high, ratio + errorOrZero(score.ratioErrorTo(baseline.get())));
                }
                sizes.add(score.posts());
            }
        }
        CategoryAxis workloads = new CategoryAxis("Workload");
        workloads.setCategoryMargin(0.15);
        CombinedDomainCategoryPlot combined = new CombinedDomainCategoryPlot(workloads);
        combined.setGap(12);
        List<CategoryPlot> panels = new ArrayList<>();
        for (int size : sizes) {
            CategoryPlot panel = panel(scores, size, new ArrayList<>(contenders), low, high);
            combined.add(panel);
            panels.add(panel);
        }
        if (!panels.isEmpty()) {
            combined.setFixedLegendItems(panels.get(0).getLegendItems());
        }
        JFreeChart chart = new JFreeChart("Time per operation relative to hand-written JDBC (lower is better)",
                new Font(Font.SANS_SERIF, Font.BOLD, 18), combined, true);
        chart.setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(png.toFile(), chart, WIDTH, 140 + PANEL_HEIGHT * Math.max(1, sizes.size()));
    }

    /** One colour per contender, the same in every panel, so the legend reads for all of them. */
    private static final Color[] PALETTE = {
        new Color(0xD62728), new Color(0x1F77B4), new Color(0x2CA02C), new Color(0xFF7F0E),
        new Color(0x9467BD), new Color(0x17BECF), new Color(0xE377C2), new Color(0x7F7F7F),
        new Color(0x8C564B), new Color(0xBCBD22), new Color(0x393B79), new Color(0xAD494A),
        new Color(0x637939), new Color(0x843C39), new Color(0x5254A3), new Color(0xE7BA52)};

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
        renderer.setErrorIndicatorPaint(Color.DARK_GRAY);
        renderer.setErrorIndicatorStroke(new BasicStroke(1.2f));
        for (int i = 0; i < contenders.size(); i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
        }
        CategoryPlot panel = new CategoryPlot(dataset, null, ratios, renderer);
        panel.setBackgroundPaint(Color.WHITE);
        panel.setRangeGridlinePaint(Color.LIGHT_GRAY);
        ValueMarker jdbc = new ValueMarker(1.0, Color.BLACK, new BasicStroke(1.5f));
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
