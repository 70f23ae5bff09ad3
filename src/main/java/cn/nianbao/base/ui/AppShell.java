package cn.nianbao.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import java.util.Map;

/**
 * Plain CSS only (frontend/nianbao.css): Vaadin runs from its pre-compiled bundle, with no npm build. The favicon is
 * the portal's (frontend/favicon.ico and favicon.svg), open without login.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("nianbao.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "/favicon.ico", "32x32");
        settings.addLink("/favicon.svg", Map.of("rel", "icon", "type", "image/svg+xml"));
    }
}
