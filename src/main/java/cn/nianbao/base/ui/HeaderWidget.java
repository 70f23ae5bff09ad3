package cn.nianbao.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature puts in the header beside the signed-in person (e.g. the notification bell), so that the
 * layout knows no feature. A Spring bean; {@link #create()} is called once per layout instance.
 */
public interface HeaderWidget {

    Component create();
}
