package cn.nianbao.coordination;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.web.util.HtmlUtils;

/**
 * Horizontal bars drawn as SVG on the server (no chart library, no front-end build; Vaadin Charts is paid), with
 * the title written above the bars and a legend of what each colour means below them. Each bar carries its label
 * and value as data attributes, so tests and screen readers read the figures, not pixels, and a click on a bar or its
 * label can say which one it was.
 */
public final class BarChart {

    /** One colour of the chart and what it stands for. */
    public record Legend(String colour, String meaning) {}

    private static final int ROW = 26;
    private static final int LABEL_WIDTH = 130;
    private static final int BAR_WIDTH = 320;
    private static final int TITLE_HEIGHT = 28;
    private static final int LEGEND_HEIGHT = 26;

    private BarChart() {}

    public static String svg(
            String title, Map<String, Long> bars, Function<String, String> colourOf, List<Legend> legend) {
        long max = Math.max(
                1, bars.values().stream().mapToLong(Long::longValue).max().orElse(1));
        int width = LABEL_WIDTH + BAR_WIDTH + 60;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bar-chart\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(TITLE_HEIGHT + bars.size() * ROW + 10 + LEGEND_HEIGHT)
                .append("\" role=\"img\" aria-label=\"")
                .append(escape(title))
                .append("\"><title>")
                .append(escape(title))
                .append("</title>")
                .append("<text class=\"chart-title\" x=\"0\" y=\"18\" font-size=\"15\" font-weight=\"bold\">")
                .append(escape(title))
                .append("</text>");
        int y = TITLE_HEIGHT + 5;
        for (Map.Entry<String, Long> bar : bars.entrySet()) {
            bar(
                    svg,
                    y,
                    escape(bar.getKey()),
                    bar.getValue(),
                    Math.round((double) bar.getValue() / max * BAR_WIDTH),
                    colourOf.apply(bar.getKey()));
            y += ROW;
        }
        legend(svg, y + 5, legend);
        return svg.append("</svg>").toString();
    }

    private static void bar(StringBuilder svg, int y, String label, long value, long width, String colour) {
        svg.append("<text x=\"")
                .append(LABEL_WIDTH - 6)
                .append("\" y=\"")
                .append(y + 17)
                .append("\" text-anchor=\"end\" font-size=\"13\" data-label=\"")
                .append(label)
                .append("\">")
                .append(label)
                .append("</text><rect x=\"")
                .append(LABEL_WIDTH)
                .append("\" y=\"")
                .append(y + 3)
                .append("\" width=\"")
                .append(width)
                .append("\" height=\"18\" fill=\"")
                .append(colour)
                .append("\" data-label=\"")
                .append(label)
                .append("\" data-value=\"")
                .append(value)
                .append("\"/><text x=\"")
                .append(LABEL_WIDTH + width + 6)
                .append("\" y=\"")
                .append(y + 17)
                .append("\" font-size=\"13\">")
                .append(value)
                .append("</text>");
    }

    /** 图例: a swatch and its meaning per colour, side by side. */
    private static void legend(StringBuilder svg, int y, List<Legend> legend) {
        int x = 0;
        svg.append("<g class=\"chart-legend\">");
        for (Legend item : legend) {
            String meaning = escape(item.meaning());
            svg.append("<rect x=\"")
                    .append(x)
                    .append("\" y=\"")
                    .append(y + 4)
                    .append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(item.colour())
                    .append("\"/><text x=\"")
                    .append(x + 16)
                    .append("\" y=\"")
                    .append(y + 15)
                    .append("\" font-size=\"12\" data-legend=\"")
                    .append(meaning)
                    .append("\">")
                    .append(meaning)
                    .append("</text>");
            x += 16 + item.meaning().length() * 13 + 16;
        }
        svg.append("</g>");
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
