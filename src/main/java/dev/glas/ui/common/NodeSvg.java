package dev.glas.ui.common;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcTo;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.Ellipse;
import javafx.scene.shape.HLineTo;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.QuadCurve;
import javafx.scene.shape.QuadCurveTo;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.shape.VLineTo;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Transform;

/**
 * Vector export of a laid-out node: walks the scene graph as JavaFX renders it and writes SVG. This covers
 * every JavaFX chart (XY charts, pie charts: plot background, grid lines, bars, lines, symbols, axes, tick
 * labels, titles, legends — all regions, paths and text nodes with their CSS colours) and the grid- and
 * shape-based charts of Glas (heatmaps, dendrogram, tree diagram, waterfall). Region backgrounds (colours,
 * linear gradients, rounded corners, insets, region shapes such as pie slices), borders (per side), shapes
 * (rectangle, circle, ellipse, line, polyline, polygon, path, SVG path, arc, curves) with stroke and dash,
 * text (font, weight, colour, alignment, line breaks and wrapping), node transforms, opacity and clips are
 * written; effects (shadows) are not. A {@link Canvas} is a bitmap, so nodes containing one are not
 * {@link #practical} (they are exported as PNG only); an image view is embedded as PNG.
 * FX thread only.
 */
public final class NodeSvg {

    private final StringBuilder defs = new StringBuilder();
    private final StringBuilder body = new StringBuilder();
    private int ids;

    private NodeSvg() {
    }

    /** Whether the node is drawn with vector primitives (no canvas bitmap anywhere inside). */
    public static boolean practical(Node node) {
        if (node instanceof Canvas) {
            return false;
        }
        if (node instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                if (c.isVisible() && !practical(c)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The node as a standalone SVG document, sized to its bounds, on white. */
    public static String toSvg(Node node) {
        NodeSvg w = new NodeSvg();
        Bounds b = node.getBoundsInLocal();
        double width = Math.max(1, Math.ceil(b.getWidth()));
        double height = Math.max(1, Math.ceil(b.getHeight()));
        w.body.append("<g transform=\"translate(").append(num(-b.getMinX())).append(' ').append(num(-b.getMinY()))
                .append(")\">\n");
        w.content(node);
        w.body.append("</g>\n");
        StringBuilder out = new StringBuilder(w.body.length() + w.defs.length() + 400);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" ")
                .append("version=\"1.1\" width=\"").append(num(width)).append("\" height=\"").append(num(height))
                .append("\" viewBox=\"0 0 ").append(num(width)).append(' ').append(num(height)).append("\">\n");
        if (!w.defs.isEmpty()) {
            out.append("<defs>\n").append(w.defs).append("</defs>\n");
        }
        out.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        out.append(w.body).append("</svg>\n");
        return out.toString();
    }

    private void node(Node n) {
        if (!n.isVisible() || n.getOpacity() <= 0) {
            return;
        }
        body.append("<g");
        Transform t = n.getLocalToParentTransform();
        if (!t.isIdentity()) {
            body.append(" transform=\"").append(matrix(t)).append('"');
        }
        if (n.getOpacity() < 1) {
            body.append(" opacity=\"").append(num(n.getOpacity())).append('"');
        }
        if (n.getClip() instanceof Shape clip) {
            String id = "clip" + (++ids);
            defs.append("<clipPath id=\"").append(id).append("\">");
            Transform ct = clip.getLocalToParentTransform();
            defs.append("<path d=\"").append(path(clip)).append('"');
            if (!ct.isIdentity()) {
                defs.append(" transform=\"").append(matrix(ct)).append('"');
            }
            defs.append("/></clipPath>\n");
            body.append(" clip-path=\"url(#").append(id).append(")\"");
        }
        body.append(">\n");
        content(n);
        body.append("</g>\n");
    }

    /** The node's own drawing and its children, in its local coordinates. */
    private void content(Node n) {
        switch (n) {
            case Region r -> region(r);
            case Text t -> text(t);
            case Shape s -> shape(s);
            case Canvas c -> raster(c, 0, 0, c.getWidth(), c.getHeight());
            case ImageView v -> {
                Bounds b = v.getLayoutBounds();
                raster(v, b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
            }
            default -> {
            }
        }
        if (n instanceof Parent p && !(n instanceof Region)) {
            for (Node c : p.getChildrenUnmodifiable()) {
                node(c);
            }
        }
    }

    private void region(Region r) {
        double w = r.getWidth();
        double h = r.getHeight();
        Background bg = r.getBackground();
        Shape shape = r.getShape();
        if (bg != null && w > 0 && h > 0) {
            for (BackgroundFill f : bg.getFills()) {
                String fill = paint(f.getFill());
                if (fill == null) {
                    continue;
                }
                Insets in = f.getInsets();
                double x = in.getLeft();
                double y = in.getTop();
                double fw = w - in.getLeft() - in.getRight();
                double fh = h - in.getTop() - in.getBottom();
                if (fw <= 0 || fh <= 0) {
                    continue;
                }
                if (shape != null) {
                    body.append("<path d=\"").append(path(shape)).append('"');
                    String place = shapePlacement(r, shape, x, y, fw, fh);
                    if (place != null) {
                        body.append(" transform=\"").append(place).append('"');
                    }
                    body.append(' ').append(fill).append("/>\n");
                } else {
                    rect(x, y, fw, fh, radius(f.getRadii(), fw, fh), fill);
                }
            }
        }
        Border border = r.getBorder();
        if (border != null && w > 0 && h > 0 && shape == null) {
            for (BorderStroke s : border.getStrokes()) {
                Insets in = s.getInsets();
                double x0 = in.getLeft();
                double y0 = in.getTop();
                double x1 = w - in.getRight();
                double y1 = h - in.getBottom();
                side(s.getTopStroke(), s.getTopStyle(), s.getWidths().getTop(), x0, y0, x1, y0, 0, 1);
                side(s.getBottomStroke(), s.getBottomStyle(), s.getWidths().getBottom(), x0, y1, x1, y1, 0, -1);
                side(s.getLeftStroke(), s.getLeftStyle(), s.getWidths().getLeft(), x0, y0, x0, y1, 1, 0);
                side(s.getRightStroke(), s.getRightStyle(), s.getWidths().getRight(), x1, y0, x1, y1, -1, 0);
            }
        }
        for (Node c : r.getChildrenUnmodifiable()) {
            node(c);
        }
    }

    /** One side of a border: a line half its width inside the edge. */
    private void side(Paint p, BorderStrokeStyle style, double width, double x0, double y0, double x1, double y1,
                      int dx, int dy) {
        if (style == null || style == BorderStrokeStyle.NONE || width <= 0) {
            return;
        }
        String stroke = color(p);
        if (stroke == null) {
            return;
        }
        double o = width / 2;
        body.append("<line x1=\"").append(num(x0 + dx * o)).append("\" y1=\"").append(num(y0 + dy * o))
                .append("\" x2=\"").append(num(x1 + dx * o)).append("\" y2=\"").append(num(y1 + dy * o))
                .append("\" stroke=\"").append(stroke.substring(0, 7)).append('"');
        opacityAttr("stroke-opacity", p);
        body.append(" stroke-width=\"").append(num(width)).append('"');
        if (!style.getDashArray().isEmpty()) {
            body.append(" stroke-dasharray=\"").append(dashes(style.getDashArray())).append('"');
        }
        body.append("/>\n");
    }

    /** Where a region draws its shape: scaled to the fill area, centred, or as it is (as NGRegion does). */
    private static String shapePlacement(Region r, Shape shape, double x, double y, double w, double h) {
        Bounds b = shape.getLayoutBounds();
        if (b.getWidth() <= 0 || b.getHeight() <= 0) {
            return null;
        }
        if (r.isScaleShape()) {
            double sx = w / b.getWidth();
            double sy = h / b.getHeight();
            return "matrix(" + num(sx) + " 0 0 " + num(sy) + " " + num(x - b.getMinX() * sx) + " "
                    + num(y - b.getMinY() * sy) + ")";
        }
        if (r.isCenterShape()) {
            return "translate(" + num(x + (w - b.getWidth()) / 2 - b.getMinX()) + " "
                    + num(y + (h - b.getHeight()) / 2 - b.getMinY()) + ")";
        }
        return null;
    }

    private void rect(double x, double y, double w, double h, double radius, String fill) {
        body.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(w)).append("\" height=\"").append(num(h)).append('"');
        if (radius > 0) {
            body.append(" rx=\"").append(num(radius)).append("\" ry=\"").append(num(radius)).append('"');
        }
        body.append(' ').append(fill).append("/>\n");
    }

    private static double radius(CornerRadii r, double w, double h) {
        if (r == null) {
            return 0;
        }
        double v = r.getTopLeftHorizontalRadius();
        if (r.isTopLeftHorizontalRadiusAsPercentage()) {
            v *= w;
        }
        return Math.min(v, Math.min(w, h) / 2);
    }

    private void shape(Shape s) {
        String fill = s instanceof Line || s instanceof Polyline && s.getFill() == null ? "fill=\"none\"" : paint(s.getFill());
        String stroke = s.getStroke() == null || s.getStrokeWidth() <= 0 ? null : color(s.getStroke());
        if (fill == null && stroke == null) {
            return;
        }
        body.append("<path d=\"").append(path(s)).append("\" ").append(fill == null ? "fill=\"none\"" : fill);
        if (stroke != null) {
            body.append(" stroke=\"").append(stroke, 0, 7).append('"');
            opacityAttr("stroke-opacity", s.getStroke());
            body.append(" stroke-width=\"").append(num(s.getStrokeWidth())).append('"');
            if (!s.getStrokeDashArray().isEmpty()) {
                body.append(" stroke-dasharray=\"").append(dashes(s.getStrokeDashArray())).append('"');
            }
            if (s.getStrokeLineCap() != StrokeLineCap.SQUARE) {
                body.append(" stroke-linecap=\"").append(s.getStrokeLineCap() == StrokeLineCap.ROUND ? "round" : "butt")
                        .append('"');
            }
            if (s.getStrokeLineJoin() != StrokeLineJoin.MITER) {
                body.append(" stroke-linejoin=\"")
                        .append(s.getStrokeLineJoin() == StrokeLineJoin.ROUND ? "round" : "bevel").append('"');
            }
        }
        body.append("/>\n");
    }

    private static String dashes(List<Double> d) {
        StringBuilder b = new StringBuilder();
        for (Double v : d) {
            b.append(b.isEmpty() ? "" : " ").append(num(v));
        }
        return b.toString();
    }

    /** SVG path data of a shape in its own coordinates. */
    static String path(Shape s) {
        StringBuilder d = new StringBuilder();
        switch (s) {
            case Rectangle r -> {
                double rx = Math.min(r.getArcWidth() / 2, r.getWidth() / 2);
                double ry = Math.min(r.getArcHeight() / 2, r.getHeight() / 2);
                double x = r.getX();
                double y = r.getY();
                double w = r.getWidth();
                double h = r.getHeight();
                if (rx > 0 && ry > 0) {
                    d.append("M").append(num(x + rx)).append(',').append(num(y))
                            .append("H").append(num(x + w - rx)).append(arc(rx, ry, x + w, y + ry))
                            .append("V").append(num(y + h - ry)).append(arc(rx, ry, x + w - rx, y + h))
                            .append("H").append(num(x + rx)).append(arc(rx, ry, x, y + h - ry))
                            .append("V").append(num(y + ry)).append(arc(rx, ry, x + rx, y)).append("Z");
                } else {
                    d.append("M").append(num(x)).append(',').append(num(y)).append("H").append(num(x + w))
                            .append("V").append(num(y + h)).append("H").append(num(x)).append("Z");
                }
            }
            case Circle c -> ellipse(d, c.getCenterX(), c.getCenterY(), c.getRadius(), c.getRadius());
            case Ellipse e -> ellipse(d, e.getCenterX(), e.getCenterY(), e.getRadiusX(), e.getRadiusY());
            case Line l -> d.append("M").append(num(l.getStartX())).append(',').append(num(l.getStartY()))
                    .append("L").append(num(l.getEndX())).append(',').append(num(l.getEndY()));
            case Polyline p -> points(d, p.getPoints(), false);
            case Polygon p -> points(d, p.getPoints(), true);
            case SVGPath p -> d.append(p.getContent());
            case Path p -> {
                for (PathElement e : p.getElements()) {
                    element(d, e);
                }
            }
            case Arc a -> arcShape(d, a);
            case QuadCurve q -> d.append("M").append(num(q.getStartX())).append(',').append(num(q.getStartY()))
                    .append("Q").append(num(q.getControlX())).append(',').append(num(q.getControlY())).append(' ')
                    .append(num(q.getEndX())).append(',').append(num(q.getEndY()));
            case CubicCurve c -> d.append("M").append(num(c.getStartX())).append(',').append(num(c.getStartY()))
                    .append("C").append(num(c.getControlX1())).append(',').append(num(c.getControlY1())).append(' ')
                    .append(num(c.getControlX2())).append(',').append(num(c.getControlY2())).append(' ')
                    .append(num(c.getEndX())).append(',').append(num(c.getEndY()));
            default -> {
                Bounds b = s.getLayoutBounds();
                d.append("M").append(num(b.getMinX())).append(',').append(num(b.getMinY())).append("H")
                        .append(num(b.getMaxX())).append("V").append(num(b.getMaxY())).append("H")
                        .append(num(b.getMinX())).append("Z");
            }
        }
        return d.toString();
    }

    private static String arc(double rx, double ry, double x, double y) {
        return "A" + num(rx) + "," + num(ry) + " 0 0 1 " + num(x) + "," + num(y);
    }

    private static void ellipse(StringBuilder d, double cx, double cy, double rx, double ry) {
        d.append("M").append(num(cx - rx)).append(',').append(num(cy))
                .append("A").append(num(rx)).append(',').append(num(ry)).append(" 0 1 0 ").append(num(cx + rx))
                .append(',').append(num(cy))
                .append("A").append(num(rx)).append(',').append(num(ry)).append(" 0 1 0 ").append(num(cx - rx))
                .append(',').append(num(cy)).append("Z");
    }

    private static void points(StringBuilder d, List<Double> pts, boolean close) {
        for (int i = 0; i + 1 < pts.size(); i += 2) {
            d.append(i == 0 ? "M" : "L").append(num(pts.get(i))).append(',').append(num(pts.get(i + 1)));
        }
        if (close && !pts.isEmpty()) {
            d.append("Z");
        }
    }

    /** JavaFX arcs: angles in degrees, counter-clockwise from 3 o'clock, y pointing down. */
    private static void arcShape(StringBuilder d, Arc a) {
        double cx = a.getCenterX();
        double cy = a.getCenterY();
        double rx = a.getRadiusX();
        double ry = a.getRadiusY();
        double len = a.getLength();
        if (Math.abs(len) >= 360) {
            ellipse(d, cx, cy, rx, ry);
            return;
        }
        double a0 = Math.toRadians(a.getStartAngle());
        double a1 = Math.toRadians(a.getStartAngle() + len);
        double x0 = cx + rx * Math.cos(a0);
        double y0 = cy - ry * Math.sin(a0);
        double x1 = cx + rx * Math.cos(a1);
        double y1 = cy - ry * Math.sin(a1);
        int large = Math.abs(len) > 180 ? 1 : 0;
        int sweep = len > 0 ? 0 : 1;
        if (a.getType() == ArcType.ROUND) {
            d.append("M").append(num(cx)).append(',').append(num(cy)).append("L");
        } else {
            d.append("M");
        }
        d.append(num(x0)).append(',').append(num(y0)).append("A").append(num(rx)).append(',').append(num(ry))
                .append(" 0 ").append(large).append(' ').append(sweep).append(' ').append(num(x1)).append(',')
                .append(num(y1));
        if (a.getType() != ArcType.OPEN) {
            d.append("Z");
        }
    }

    private static void element(StringBuilder d, PathElement e) {
        boolean abs = e.isAbsolute();
        switch (e) {
            case MoveTo m -> d.append(abs ? "M" : "m").append(num(m.getX())).append(',').append(num(m.getY()));
            case LineTo l -> d.append(abs ? "L" : "l").append(num(l.getX())).append(',').append(num(l.getY()));
            case HLineTo h -> d.append(abs ? "H" : "h").append(num(h.getX()));
            case VLineTo v -> d.append(abs ? "V" : "v").append(num(v.getY()));
            case QuadCurveTo q -> d.append(abs ? "Q" : "q").append(num(q.getControlX())).append(',')
                    .append(num(q.getControlY())).append(' ').append(num(q.getX())).append(',').append(num(q.getY()));
            case CubicCurveTo c -> d.append(abs ? "C" : "c").append(num(c.getControlX1())).append(',')
                    .append(num(c.getControlY1())).append(' ').append(num(c.getControlX2())).append(',')
                    .append(num(c.getControlY2())).append(' ').append(num(c.getX())).append(',').append(num(c.getY()));
            case ArcTo a -> d.append(abs ? "A" : "a").append(num(a.getRadiusX())).append(',').append(num(a.getRadiusY()))
                    .append(' ').append(num(a.getXAxisRotation())).append(' ').append(a.isLargeArcFlag() ? 1 : 0)
                    .append(' ').append(a.isSweepFlag() ? 1 : 0).append(' ').append(num(a.getX())).append(',')
                    .append(num(a.getY()));
            case ClosePath c -> d.append("Z");
            default -> {
            }
        }
    }

    private void text(Text t) {
        String s = t.getText();
        if (s == null || s.isEmpty()) {
            return;
        }
        String fill = paint(t.getFill());
        if (fill == null) {
            return;
        }
        Font f = t.getFont();
        Bounds lb = t.getLayoutBounds();
        List<String> lines = lines(s, f, t.getWrappingWidth());
        double lineHeight = lines.size() > 1 ? lb.getHeight() / lines.size() : lb.getHeight();
        double baseline = lb.getMinY() + t.getBaselineOffset();
        double blockWidth = t.getWrappingWidth() > 0 ? t.getWrappingWidth() : lb.getWidth();
        String style = f.getStyle().toLowerCase(Locale.ROOT);
        body.append("<text font-family=\"").append(esc(f.getFamily())).append(", sans-serif\" font-size=\"")
                .append(num(f.getSize())).append('"');
        if (style.contains("bold")) {
            body.append(" font-weight=\"bold\"");
        }
        if (style.contains("italic") || style.contains("oblique")) {
            body.append(" font-style=\"italic\"");
        }
        body.append(' ').append(fill).append(" xml:space=\"preserve\">");
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            double x = lb.getMinX();
            if (t.getTextAlignment() != TextAlignment.LEFT && t.getTextAlignment() != TextAlignment.JUSTIFY) {
                double lw = width(line, f);
                x += t.getTextAlignment() == TextAlignment.CENTER ? (blockWidth - lw) / 2 : blockWidth - lw;
            }
            body.append("<tspan x=\"").append(num(x)).append("\" y=\"").append(num(baseline + i * lineHeight))
                    .append("\">").append(esc(line)).append("</tspan>");
        }
        body.append("</text>\n");
    }

    /** The lines JavaFX shows: explicit breaks, then greedy word wrapping at the wrapping width. */
    private static List<String> lines(String s, Font f, double wrap) {
        List<String> out = new java.util.ArrayList<>();
        for (String para : s.split("\r?\n", -1)) {
            if (wrap <= 0 || width(para, f) <= wrap) {
                out.add(para);
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (String word : para.split(" ")) {
                String next = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && width(next, f) > wrap) {
                    out.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                } else {
                    line.setLength(0);
                    line.append(next);
                }
            }
            out.add(line.toString());
        }
        return out;
    }

    private static double width(String s, Font f) {
        Text probe = new Text(s);
        probe.setFont(f);
        return probe.getLayoutBounds().getWidth();
    }

    /** Bitmap content (canvas, image) embedded as a PNG data URI. */
    private void raster(Node n, double x, double y, double w, double h) {
        if (w <= 0 || h <= 0) {
            return;
        }
        try {
            java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(ChartSupport.toBufferedImage(ChartSupport.snapshot(n, 1)), "png", png);
            body.append("<image x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                    .append(num(w)).append("\" height=\"").append(num(h)).append("\" xlink:href=\"data:image/png;base64,")
                    .append(java.util.Base64.getEncoder().encodeToString(png.toByteArray())).append("\"/>\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {@code fill="…"} (with opacity or a gradient reference), or {@code null} for no visible paint. */
    private String paint(Paint p) {
        switch (p) {
            case null -> {
                return null;
            }
            case Color c -> {
                if (c.getOpacity() <= 0) {
                    return null;
                }
                String s = "fill=\"" + hex(c) + "\"";
                return c.getOpacity() < 1 ? s + " fill-opacity=\"" + num(c.getOpacity()) + "\"" : s;
            }
            case LinearGradient g -> {
                String id = "grad" + (++ids);
                defs.append("<linearGradient id=\"").append(id).append("\" gradientUnits=\"")
                        .append(g.isProportional() ? "objectBoundingBox" : "userSpaceOnUse").append("\" x1=\"")
                        .append(num(g.getStartX())).append("\" y1=\"").append(num(g.getStartY())).append("\" x2=\"")
                        .append(num(g.getEndX())).append("\" y2=\"").append(num(g.getEndY())).append("\">");
                for (Stop st : g.getStops()) {
                    defs.append("<stop offset=\"").append(num(st.getOffset())).append("\" stop-color=\"")
                            .append(hex(st.getColor())).append('"');
                    if (st.getColor().getOpacity() < 1) {
                        defs.append(" stop-opacity=\"").append(num(st.getColor().getOpacity())).append('"');
                    }
                    defs.append("/>");
                }
                defs.append("</linearGradient>\n");
                return "fill=\"url(#" + id + ")\"";
            }
            case RadialGradient g -> {
                return g.getStops().isEmpty() ? null : paint(g.getStops().getLast().getColor());
            }
            default -> {
                return null;
            }
        }
    }

    /** "#rrggbb" plus the opacity as 3 more characters' worth of info is written separately; null if invisible. */
    private static String color(Paint p) {
        Color c = switch (p) {
            case Color col -> col;
            case LinearGradient g -> g.getStops().isEmpty() ? null : g.getStops().getFirst().getColor();
            case RadialGradient g -> g.getStops().isEmpty() ? null : g.getStops().getFirst().getColor();
            case null, default -> null;
        };
        return c == null || c.getOpacity() <= 0 ? null : hex(c);
    }

    private void opacityAttr(String attr, Paint p) {
        if (p instanceof Color c && c.getOpacity() < 1) {
            body.append(' ').append(attr).append("=\"").append(num(c.getOpacity())).append('"');
        }
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    private static String matrix(Transform t) {
        return "matrix(" + num(t.getMxx()) + " " + num(t.getMyx()) + " " + num(t.getMxy()) + " " + num(t.getMyy())
                + " " + num(t.getTx()) + " " + num(t.getTy()) + ")";
    }

    static String num(double v) {
        if (!Double.isFinite(v)) {
            return "0";
        }
        double r = Math.round(v * 100) / 100.0;
        if (r == Math.rint(r)) {
            return Long.toString((long) r);
        }
        return java.math.BigDecimal.valueOf(r).stripTrailingZeros().toPlainString();
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c < 0x20 && c != '\t' ? ' ' : c);
            }
        }
        return b.toString();
    }
}
