package cn.nianbao.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;

/** Plain CSS only (frontend/nianbao.css): Vaadin runs from its pre-compiled bundle, with no npm build. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("nianbao.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {}
