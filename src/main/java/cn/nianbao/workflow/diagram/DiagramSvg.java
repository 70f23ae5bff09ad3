package cn.nianbao.workflow.diagram;

import cn.nianbao.workflow.diagram.DiagramParts.Edge;
import cn.nianbao.workflow.diagram.DiagramParts.Node;
import cn.nianbao.workflow.diagram.DiagramParts.PartRow;
import cn.nianbao.workflow.diagram.DiagramParts.Point;
import cn.nianbao.workflow.diagram.DiagramParts.State;
import java.util.List;
import java.util.Locale;

/**
 * Writes the diagram as one SVG element. Each state differs by more than colour (stroke width, dashes, fill) and
 * carries a CSS class; every shape and flow carries {@code data-element-id}. Colours are presentation attributes,
 * not a style sheet, because a {@code <style>} inside inline SVG would apply to the whole page.
 */
public final class DiagramSvg {

    private static final double MARGIN = 20;
    private static final double LEGEND_HEIGHT = 30;
    static final String TAKEN = "#1f3a93";
    static final String NOT_TAKEN = "#a8a8a8";
    private static final String CURRENT_FILL = "#f5a623";
    static final String CURRENT_STROKE = "#8a4b00";

    private final StringBuilder out = new StringBuilder();

    private DiagramSvg() {}

    public static String render(String title, List<Node> nodes, List<Edge> edges) {
        return render(title, nodes, edges, List.of());
    }

    /** The diagram with, below its legend, the parts of the draft handed out (分工起草), if there are any. */
    public static String render(String title, List<Node> nodes, List<Edge> edges, List<PartRow> parts) {
        return new DiagramSvg().write(title, nodes, edges, parts);
    }

    private String write(String title, List<Node> nodes, List<Edge> edges, List<PartRow> parts) {
        double width = MARGIN;
        double height = MARGIN;
        for (Node node : nodes) {
            width = Math.max(width, node.x() + node.width() + MARGIN);
            height = Math.max(height, node.y() + node.height() + MARGIN);
        }
        for (Edge edge : edges) {
            for (Point p : edge.points()) {
                width = Math.max(width, p.x() + MARGIN);
                height = Math.max(height, p.y() + MARGIN);
            }
        }
        width = Math.max(width, DiagramPartList.WIDTH + 2 * MARGIN);
        double total = height + LEGEND_HEIGHT + DiagramPartList.height(parts);
        // Scales to its container's width (the height follows the viewBox); a fixed pixel width was cut off.
        out.append(("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"process-diagram\" role=\"img\" width=\"100%%\""
                        + " viewBox=\"0 0 %s %s\" preserveAspectRatio=\"xMinYMin meet\" font-family=\"sans-serif\""
                        + " font-size=\"13\">")
                .formatted(n(width), n(total)));
        out.append("<title>").append(escape(title)).append("</title>");
        edges.forEach(this::edge);
        nodes.forEach(this::node);
        legend(height);
        DiagramPartList.write(out, MARGIN, height + LEGEND_HEIGHT, parts);
        return out.append("</svg>").toString();
    }

    private void node(Node node) {
        open("node " + node.kind().name().toLowerCase(Locale.ROOT), node.id(), node.state());
        boolean box =
                node.kind() == DiagramParts.Kind.SUB_PROCESS || node.kind() == DiagramParts.Kind.EVENT_SUB_PROCESS;
        String fill = switch (node.state()) {
            case CURRENT -> box ? "#fff4e0" : CURRENT_FILL;
            case TAKEN -> box ? "#f7f9fd" : "#e6ecf8";
            case NOT_TAKEN -> "#ffffff";
        };
        String stroke = stroke(node.state());
        double cx = node.x() + node.width() / 2;
        double cy = node.y() + node.height() / 2;
        switch (node.kind()) {
            case TASK, SUB_PROCESS, EVENT_SUB_PROCESS ->
                out.append("<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" rx=\"10\" ry=\"10\""
                        .formatted(n(node.x()), n(node.y()), n(node.width()), n(node.height())));
            case EVENT ->
                out.append("<circle cx=\"%s\" cy=\"%s\" r=\"%s\"".formatted(n(cx), n(cy), n(node.width() / 2)));
            case GATEWAY ->
                out.append("<polygon points=\"%s,%s %s,%s %s,%s %s,%s\""
                        .formatted(
                                n(cx),
                                n(node.y()),
                                n(node.x() + node.width()),
                                n(cy),
                                n(cx),
                                n(node.y() + node.height()),
                                n(node.x()),
                                n(cy)));
        }
        out.append(" fill=\"").append(fill).append('"');
        strokeAttributes(node.state(), stroke);
        if (node.kind() == DiagramParts.Kind.EVENT_SUB_PROCESS && node.state() != State.NOT_TAKEN) {
            out.append(" stroke-dasharray=\"8 3\"");
        }
        out.append("/>");
        if (node.name() != null && !node.name().isBlank()) {
            double textY = switch (node.kind()) {
                case TASK -> cy + 5;
                case SUB_PROCESS, EVENT_SUB_PROCESS -> node.y() + 18;
                case EVENT -> node.y() + node.height() + 15;
                case GATEWAY -> node.y() - 5;
            };
            text(cx, textY, node.name(), node.kind() == DiagramParts.Kind.GATEWAY ? 11 : 13, node.state());
        }
        out.append("</g>");
    }

    private void edge(Edge edge) {
        List<Point> points = edge.points();
        if (points.size() < 2) {
            return;
        }
        open("flow", edge.id(), edge.state());
        out.append("<polyline fill=\"none\" points=\"");
        for (Point p : points) {
            out.append(n(p.x())).append(',').append(n(p.y())).append(' ');
        }
        out.setLength(out.length() - 1);
        out.append('"');
        String stroke = stroke(edge.state());
        strokeAttributes(edge.state(), stroke);
        out.append("/>");
        arrowhead(points.get(points.size() - 2), points.getLast(), stroke);
        if (edge.name() != null && !edge.name().isBlank()) {
            Point[] longest = longestSegment(points);
            text(
                    (longest[0].x() + longest[1].x()) / 2,
                    (longest[0].y() + longest[1].y()) / 2 - 5,
                    edge.name(),
                    11,
                    edge.state());
        }
        out.append("</g>");
    }

    /** A filled triangle at the end of the last segment, in the flow's own colour (markers could not vary it). */
    private void arrowhead(Point from, Point to, String colour) {
        double angle = Math.atan2(to.y() - from.y(), to.x() - from.x());
        double length = 9;
        double spread = Math.PI / 7;
        Point left = new Point(to.x() - length * Math.cos(angle - spread), to.y() - length * Math.sin(angle - spread));
        Point right = new Point(to.x() - length * Math.cos(angle + spread), to.y() - length * Math.sin(angle + spread));
        out.append("<polygon class=\"arrowhead\" points=\"%s,%s %s,%s %s,%s\" fill=\"%s\"/>"
                .formatted(n(to.x()), n(to.y()), n(left.x()), n(left.y()), n(right.x()), n(right.y()), colour));
    }

    /** The names of the flows sit over their longest segment: on a return loop, the long bottom line. */
    private static Point[] longestSegment(List<Point> points) {
        Point[] best = {points.get(0), points.get(1)};
        double bestLength = -1;
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            double length = Math.hypot(b.x() - a.x(), b.y() - a.y());
            if (length > bestLength) {
                bestLength = length;
                best = new Point[] {a, b};
            }
        }
        return best;
    }

    private void legend(double top) {
        double y = top + 10;
        legendItem(MARGIN, y, State.TAKEN, "已走过");
        legendItem(MARGIN + 110, y, State.NOT_TAKEN, "未走过");
        legendItem(MARGIN + 220, y, State.CURRENT, "当前环节");
    }

    private void legendItem(double x, double y, State state, String label) {
        out.append("<g class=\"legend ").append(state.cssClass).append("\">");
        if (state == State.CURRENT) {
            out.append("<rect x=\"%s\" y=\"%s\" width=\"30\" height=\"12\" rx=\"3\" fill=\"%s\""
                    .formatted(n(x), n(y - 6), CURRENT_FILL));
        } else {
            out.append("<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\"".formatted(n(x), n(y), n(x + 30), n(y)));
        }
        strokeAttributes(state, stroke(state));
        out.append("/>");
        out.append(
                "<text x=\"%s\" y=\"%s\" font-size=\"12\">%s</text></g>".formatted(n(x + 38), n(y + 4), escape(label)));
    }

    private void open(String classes, String id, State state) {
        out.append("<g class=\"%s %s\" data-element-id=\"%s\">".formatted(classes, state.cssClass, escape(id)));
    }

    private void strokeAttributes(State state, String stroke) {
        String width = switch (state) {
            case CURRENT -> "3.5";
            case TAKEN -> "2.5";
            case NOT_TAKEN -> "1";
        };
        out.append(" stroke=\"%s\" stroke-width=\"%s\"".formatted(stroke, width));
        if (state == State.NOT_TAKEN) {
            out.append(" stroke-dasharray=\"5 4\"");
        }
    }

    private void text(double x, double y, String text, int size, State state) {
        out.append("<text x=\"%s\" y=\"%s\" text-anchor=\"middle\" font-size=\"%d\" fill=\"%s\"%s>%s</text>"
                .formatted(
                        n(x),
                        n(y),
                        size,
                        state == State.NOT_TAKEN ? "#777777" : "#1a1a1a",
                        state == State.CURRENT ? " font-weight=\"bold\"" : "",
                        escape(text)));
    }

    private static String stroke(State state) {
        return switch (state) {
            case CURRENT -> CURRENT_STROKE;
            case TAKEN -> TAKEN;
            case NOT_TAKEN -> NOT_TAKEN;
        };
    }

    static String n(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
