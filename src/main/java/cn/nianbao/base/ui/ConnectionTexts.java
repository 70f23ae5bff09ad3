package cn.nianbao.base.ui;

import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * What the page says when the connection to the server drops and comes back: Vaadin's indicator says "Connection
 * lost" and "Online" in English otherwise (its online text is only reachable from the browser).
 */
@Component
class ConnectionTexts implements VaadinServiceInitListener {

    static final String RECONNECTING = "与服务器的连接已中断，正在重新连接…";
    static final String GAVE_UP = "无法连接服务器。请检查网络，然后刷新页面。";
    static final String ONLINE = "已重新连接";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            ReconnectDialogConfiguration texts = init.getUI().getReconnectDialogConfiguration();
            texts.setDialogText(RECONNECTING);
            texts.setDialogTextGaveUp(GAVE_UP);
            init.getUI()
                    .getPage()
                    .executeJs(
                            "const indicator = window.Vaadin && window.Vaadin.connectionIndicator;"
                                    + " if (indicator) { indicator.onlineText = $0; }",
                            ONLINE);
        });
    }
}
