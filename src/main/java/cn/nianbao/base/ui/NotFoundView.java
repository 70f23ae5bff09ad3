package cn.nianbao.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address that leads nowhere, or a screen the person may not open (in production Vaadin answers a refused route
 * as not found, so as not to reveal it): a plain Chinese page inside the usual frame, with the menu to go on from.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        setId("not-found-page");
        add(new H2("没有这个页面"), new Paragraph("地址可能有误，页面已经不存在，或您没有打开它的权限。请从左侧菜单继续。"), new Anchor("", "返回首页"));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
