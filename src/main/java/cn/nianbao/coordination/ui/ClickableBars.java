package cn.nianbao.coordination.ui;

import com.vaadin.flow.component.Svg;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * A server-drawn bar chart whose bars (and their labels, both carrying {@code data-label}) answer a click with the
 * bar's label; a click elsewhere on the chart is not sent.
 */
class ClickableBars extends Svg {

    static final String BAR_LABEL = "event.target.dataset.label";
    static final String ON_A_BAR = BAR_LABEL + " != null";

    ClickableBars(Consumer<String> onBar) {
        getElement()
                .addEventListener("click", e -> {
                    JsonNode label = e.getEventData().get(BAR_LABEL);
                    if (label != null && !label.isNull()) {
                        onBar.accept(label.asString());
                    }
                })
                .addEventData(BAR_LABEL)
                .setFilter(ON_A_BAR);
    }
}
