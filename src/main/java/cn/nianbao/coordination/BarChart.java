package cn.nianbao.coordination;

import java.util.Map;
import java.util.function.Function;
import org.springframework.web.util.HtmlUtils;

/**
 * Horizontal bars drawn as SVG on the server (no chart library, no front-end build; Vaadin Charts is paid). Each bar
 * carries its label and value as data attributes, so tests and screen readers read the figures, not pixels.
 */
public final class BarChart {

    private static final int ROW = 26;
    private static final int LABEL_WIDTH = 130;
    private static final int BAR_WIDTH = 320;

    private BarChart() {}

    public static String svg(String title, Map<String, Long> bars, Function<String, String> colourOf) {
        long max = Math.max(
                1, bars.values().stream().mapToLong(Long::longValue).max().orElse(1));
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bar-chart\" width=\"")
                .append(LABEL_WIDTH + BAR_WIDTH + 60)
                .append("\" height=\"")
                .append(bars.size() * ROW + 10)
                .append("\" role=\"img\" aria-label=\"")
                .append(escape(title))
                .append("\"><title>")
                .append(escape(title))
                .append("</title>");
        int y = 5;
        for (Map.Entry<String, Long> bar : bars.entrySet()) {
            long width = Math.round((double) bar.getValue() / max * BAR_WIDTH);
            String label = escape(bar.getKey());
            svg.append("<text x=\"")
                    .append(LABEL_WIDTH - 6)
                    .append("\" y=\"")
                    .append(y + 17)
                    .append("\" text-anchor=\"end\" font-size=\"13\">")
                    .append(label)
                    .append("</text>")
                    .append("<rect x=\"")
                    .append(LABEL_WIDTH)
                    .append("\" y=\"")
                    .append(y + 3)
                    .append("\" width=\"")
                    .append(width)
                    .append("\" height=\"18\" fill=\"")
                    .append(colourOf.apply(bar.getKey()))
                    .append("\" data-label=\"")
                    .append(label)
                    .append("\" data-value=\"")
                    .append(bar.getValue())
                    .append("\"/>")
                    .append("<text x=\"")
                    .append(LABEL_WIDTH + width + 6)
                    .append("\" y=\"")
                    .append(y + 17)
                    .append("\" font-size=\"13\">")
                    .append(bar.getValue())
                    .append("</text>");
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
