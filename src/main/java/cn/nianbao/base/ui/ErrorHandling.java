package cn.nianbao.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Failures outside an explicit action (a click handler that did not use {@link Feedback}) still read in Chinese. */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
                    Throwable failure = error.getThrowable();
                    RuntimeException runtime =
                            failure instanceof RuntimeException r ? r : new IllegalStateException(failure);
                    String message = Feedback.messageFor(runtime);
                    if (UI.getCurrent() != null) {
                        UI.getCurrent().access(() -> Feedback.error(message));
                    }
                }));
    }
}
