package dev.glas.core.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A simple bar chart drawn without JavaFX (works in the headless CLI), as PNG for the Excel report and as SVG
 * for documents. Interactive charts live in the UI; this is for deliverables.
 *
 * @param title  chart title
 * @param labels one label per bar
 * @param values one value per bar (NaN bars are left out)
 * @param color  bar colour as {@code #rrggbb}
 */
public record SimpleChart(String title, List<String> labels, double[] values, String color) {

    private static final String DEFAULT_COLOR = "#3b6ea5";

    public SimpleChart {
        Objects.requireNonNull(title, "title");
        labels = List.copyOf(labels);
        values = values.clone();
        if (labels.size() != values.length) {
            throw new IllegalArgumentException("labels and values differ in length");
        }
        color = color == null ? DEFAULT_COLOR : color;
    }

    public static SimpleChart bars(String title, List<String> labels, double[] values) {
        return new SimpleChart(title, labels, values, null);
    }

    private record Layout(int w, int h, int left, int top, int plotW, int plotH, double min, double max) {
        double y(double v) {
            return top + plotH * (max - v) / (max - min);
        }
    }

    private Layout layout(int w, int h) {
        double min = 0;
        double max = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (max == min) {
            max = min + 1;
        }
        int left = 70;
        int top = 36;
        int bottom = 60;
        return new Layout(w, h, left, top, w - left - 16, h - top - bottom, min, max);
    }

    /**
     * The chart as a PNG image of the given size, or {@code null} when this JVM cannot draw (a GUI-mode JVM
     * without a display); the report then simply leaves the picture out.
     */
    public byte[] png(int width, int height) {
        return PngCanvas.draw(width, height, g -> paint(g, width, height));
    }

    private void paint(Graphics2D g, int width, int height) {
        Layout l = layout(width, height);
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString(title, l.left(), 22);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        FontMetrics fm = g.getFontMetrics();
        g.setColor(new Color(0xDDDDDD));
        g.setStroke(new BasicStroke(1f));
        for (int i = 0; i <= 4; i++) {
            double v = l.min() + (l.max() - l.min()) * i / 4;
            int y = (int) Math.round(l.y(v));
            g.setColor(new Color(0xE4E4E4));
            g.drawLine(l.left(), y, l.left() + l.plotW(), y);
            g.setColor(Color.GRAY);
            String s = tick(v);
            g.drawString(s, l.left() - 6 - fm.stringWidth(s), y + 4);
        }
        int n = values.length;
        double slot = n == 0 ? 0 : l.plotW() / (double) n;
        Color bar = Color.decode(color);
        int zero = (int) Math.round(l.y(0));
        for (int i = 0; i < n; i++) {
            double v = values[i];
            int x = (int) Math.round(l.left() + i * slot + slot * 0.15);
            int bw = Math.max(1, (int) Math.round(slot * 0.7));
            if (!Double.isNaN(v)) {
                int y = (int) Math.round(l.y(v));
                g.setColor(bar);
                g.fillRect(x, Math.min(y, zero), bw, Math.max(1, Math.abs(zero - y)));
            }
            g.setColor(Color.DARK_GRAY);
            String label = shorten(labels.get(i), Math.max(3, (int) (slot / 7)));
            g.drawString(label, (int) (x + bw / 2.0 - fm.stringWidth(label) / 2.0), l.top() + l.plotH() + 16);
        }
        g.setColor(Color.GRAY);
        g.drawLine(l.left(), zero, l.left() + l.plotW(), zero);
    }

    /** The chart as a standalone SVG document of the given size. */
    public String svg(int width, int height) {
        Layout l = layout(width, height);
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"sans-serif\">\n");
        s.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        s.append("<text x=\"").append(l.left()).append("\" y=\"22\" font-size=\"14\" font-weight=\"bold\" fill=\"#444\">")
                .append(xml(title)).append("</text>\n");
        for (int i = 0; i <= 4; i++) {
            double v = l.min() + (l.max() - l.min()) * i / 4;
            long y = Math.round(l.y(v));
            s.append("<line x1=\"").append(l.left()).append("\" y1=\"").append(y).append("\" x2=\"")
                    .append(l.left() + l.plotW()).append("\" y2=\"").append(y).append("\" stroke=\"#e4e4e4\"/>\n");
            s.append("<text x=\"").append(l.left() - 6).append("\" y=\"").append(y + 4)
                    .append("\" font-size=\"11\" text-anchor=\"end\" fill=\"#888\">").append(xml(tick(v)))
                    .append("</text>\n");
        }
        int n = values.length;
        double slot = n == 0 ? 0 : l.plotW() / (double) n;
        long zero = Math.round(l.y(0));
        for (int i = 0; i < n; i++) {
            double v = values[i];
            double x = l.left() + i * slot + slot * 0.15;
            double bw = Math.max(1, slot * 0.7);
            if (!Double.isNaN(v)) {
                double y = l.y(v);
                s.append(String.format(Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s: %s</title></rect>%n",
                        x, Math.min(y, zero), bw, Math.max(1, Math.abs(zero - y)), color, xml(labels.get(i)),
                        xml(tick(v))));
            }
            s.append(String.format(Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" fill=\"#444\">%s</text>%n",
                    x + bw / 2, l.top() + l.plotH() + 16, xml(shorten(labels.get(i), Math.max(3, (int) (slot / 7))))));
        }
        s.append("<line x1=\"").append(l.left()).append("\" y1=\"").append(zero).append("\" x2=\"")
                .append(l.left() + l.plotW()).append("\" y2=\"").append(zero).append("\" stroke=\"#888\"/>\n");
        s.append("</svg>\n");
        return s.toString();
    }

    private static String tick(double v) {
        if (Math.abs(v) >= 1000 || v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%,.0f", v).replace(',', ' ');
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, Math.max(1, max - 1)) + "…";
    }

    static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
