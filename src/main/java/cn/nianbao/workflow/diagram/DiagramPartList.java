package cn.nianbao.workflow.diagram;

import cn.nianbao.workflow.diagram.DiagramParts.PartRow;
import java.util.List;

/**
 * The parts of the draft handed out (分工起草), listed below the diagram's legend: one line per part with its owner and
 * how it stands, each a group with the part's state as its CSS class and {@code data-part} naming the part. An open
 * part is bold in the colour of the current step, a cancelled one grey and struck through.
 */
final class DiagramPartList {

    static final double WIDTH = 520;
    private static final double HEADER = 28;
    private static final double ROW = 22;

    private DiagramPartList() {}

    static double height(List<PartRow> parts) {
        return parts.isEmpty() ? 0 : HEADER + ROW * parts.size() + 10;
    }

    static void write(StringBuilder out, double x, double top, List<PartRow> parts) {
        if (parts.isEmpty()) {
            return;
        }
        out.append("<g class=\"parts\"><text x=\"%s\" y=\"%s\" font-size=\"13\" font-weight=\"bold\">%s</text>"
                .formatted(DiagramSvg.n(x), DiagramSvg.n(top + 16), "分工起草（各部分、承办人及状态）"));
        double y = top + HEADER + 12;
        for (PartRow row : parts) {
            String colour = switch (row.state()) {
                case OPEN -> DiagramSvg.CURRENT_STROKE;
                case FINISHED -> DiagramSvg.TAKEN;
                case CANCELLED -> "#777777";
            };
            String extra = switch (row.state()) {
                case OPEN -> " font-weight=\"bold\"";
                case FINISHED -> "";
                case CANCELLED -> " text-decoration=\"line-through\"";
            };
            out.append("<g class=\"part %s\" data-part=\"%s\" fill=\"%s\" font-size=\"12\">"
                    .formatted(row.state().cssClass, DiagramSvg.escape(row.id()), colour));
            cell(out, x + 10, y, "「" + row.part() + "」", extra);
            cell(out, x + 290, y, row.owner(), extra);
            cell(out, x + 400, y, row.stateLabel(), extra);
            out.append("</g>");
            y += ROW;
        }
        out.append("</g>");
    }

    private static void cell(StringBuilder out, double x, double y, String text, String extra) {
        out.append("<text x=\"%s\" y=\"%s\"%s>%s</text>"
                .formatted(DiagramSvg.n(x), DiagramSvg.n(y), extra, DiagramSvg.escape(text)));
    }
}
