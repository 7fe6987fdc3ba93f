package dev.glas.core.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Objects;

/**
 * A scatter plot of points coloured by group (a cluster map), drawn without JavaFX for the Excel report:
 * title, axis names, the points and a legend of the group names. The colours are those of the Segments page.
 */
public final class ScatterChart {

    /** The Segments page's cluster colours (ScatterCanvas.PALETTE). */
    static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728), new Color(0x9467bd),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf),
        new Color(0x393b79), new Color(0x637939), new Color(0x8c6d31), new Color(0x843c39), new Color(0x7b4173)};

    private final String title;
    private final String xName;
    private final String yName;
    private final double[] x;
    private final double[] y;
    private final int[] group;
    private final List<String> names;

    public ScatterChart(String title, String xName, String yName, double[] x, double[] y, int[] group,
                        List<String> names) {
        this.title = Objects.requireNonNull(title);
        this.xName = xName;
        this.yName = yName;
        if (x.length != y.length || x.length != group.length) {
            throw new IllegalArgumentException("x, y and group differ in length");
        }
        this.x = x.clone();
        this.y = y.clone();
        this.group = group.clone();
        this.names = List.copyOf(names);
    }

    /** The 0.5 % and 99.5 % quantiles of the finite values, widened by 5 % on each side. */
    static double[] range(double[] v) {
        double[] f = java.util.Arrays.stream(v).filter(Double::isFinite).sorted().toArray();
        if (f.length == 0) {
            return new double[] {0, 1};
        }
        double lo = f[(int) Math.floor(0.005 * (f.length - 1))];
        double hi = f[(int) Math.ceil(0.995 * (f.length - 1))];
        double pad = (hi - lo) * 0.05;
        return new double[] {lo - pad, hi + pad};
    }

    /** The plot as PNG, or {@code null} when this JVM cannot draw (a GUI-mode JVM without a display). */
    public byte[] png(int width, int height) {
        return PngCanvas.draw(width, height, g -> paint(g, width, height));
    }

    private void paint(Graphics2D g, int width, int height) {
        int legendW = 170;
        int left = 50;
        int top = 36;
        int plotW = width - left - legendW - 10;
        int plotH = height - top - 40;
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString(title, left, 22);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        FontMetrics fm = g.getFontMetrics();
        // the axes span the 0.5–99.5 % quantiles (plus a margin): a few extreme points would otherwise
        // squeeze everything else into a corner; points beyond are drawn on the border
        double[] rx = range(x);
        double[] ry = range(y);
        double minX = rx[0];
        double maxX = rx[1];
        double minY = ry[0];
        double maxY = ry[1];
        if (!(maxX > minX)) {
            minX -= 1;
            maxX += 1;
        }
        if (!(maxY > minY)) {
            minY -= 1;
            maxY += 1;
        }
        g.setColor(new Color(0xF7F7F7));
        g.fillRect(left, top, plotW, plotH);
        g.setColor(Color.GRAY);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(left, top, plotW, plotH);
        if (xName != null) {
            g.drawString(xName, left + plotW / 2 - fm.stringWidth(xName) / 2, top + plotH + 18);
        }
        if (yName != null) {
            Graphics2D r = (Graphics2D) g.create();
            r.rotate(-Math.PI / 2);
            r.drawString(yName, -(top + plotH / 2) - fm.stringWidth(yName) / 2, left - 8);
            r.dispose();
        }
        double r = x.length > 20_000 ? 1.2 : x.length > 2_000 ? 1.8 : 2.6;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i]) || group[i] < 0) {
                continue;
            }
            double px = left + 4 + Math.clamp((x[i] - minX) / (maxX - minX), 0, 1) * (plotW - 8);
            double py = top + plotH - 4 - Math.clamp((y[i] - minY) / (maxY - minY), 0, 1) * (plotH - 8);
            Color c = PALETTE[group[i] % PALETTE.length];
            g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 170));
            g.fill(new Ellipse2D.Double(px - r, py - r, 2 * r, 2 * r));
        }
        int ly = top + 6;
        for (int q = 0; q < names.size(); q++) {
            g.setColor(PALETTE[q % PALETTE.length]);
            g.fillRect(left + plotW + 14, ly, 10, 10);
            g.setColor(Color.DARK_GRAY);
            String name = names.get(q);
            while (fm.stringWidth(name) > legendW - 30 && name.length() > 3) {
                name = name.substring(0, name.length() - 2) + "…";
            }
            g.drawString(name, left + plotW + 30, ly + 9);
            ly += 16;
        }
    }
}
