package cn.nianbao.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** A page that failed to open says so in Chinese, never with a stack trace; the details go to the log. */
@PermitAll
public class InternalErrorView extends Div implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        setId("error-page");
        add(
                new H2("页面暂时无法打开"),
                new Paragraph(Feedback.messageFor(runtime(parameter.getException()))),
                new Anchor("", "返回待办"));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    private static RuntimeException runtime(Exception e) {
        return e instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
}
