package cn.nianbao.security.ui;

import cn.nianbao.agency.Role;
import cn.nianbao.security.Actor;
import cn.nianbao.security.CurrentActor;
import cn.nianbao.security.Passwords;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Where a signed-in person may go first. Someone who must change their password (first login, or reset by an
 * administrator) goes to the password page whatever they ask for. The start page (待办) is for the responsibility
 * chain; a coordinator starts at the reports below them, an administrator at their own screen.
 */
@Component
class StartPages implements VaadinServiceInitListener {

    static final String CHANGE_PASSWORD = "account/password";

    private final CurrentActor currentActor;
    private final Passwords passwords;

    StartPages(CurrentActor currentActor, Passwords passwords) {
        this.currentActor = currentActor;
        this.passwords = passwords;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::route));
    }

    private void route(BeforeEnterEvent event) {
        Optional<Actor> actor = currentActor.find();
        if (actor.isEmpty()) {
            return;
        }
        String path = event.getLocation().getPath();
        if (passwords.mustChange(actor.get().userId())) {
            if (!path.equals(CHANGE_PASSWORD)) {
                event.forwardTo(CHANGE_PASSWORD);
            }
            return;
        }
        if (path.isEmpty()) {
            startPageOf(actor.get()).ifPresent(event::forwardTo);
        }
    }

    private static Optional<String> startPageOf(Actor actor) {
        if (actor.roles().stream().anyMatch(Role.CHAIN::contains)) {
            return Optional.empty();
        }
        if (actor.has(Role.COORDINATOR)) {
            return Optional.of("area");
        }
        if (actor.has(Role.SYSTEM_ADMIN)) {
            return Optional.of("admin/users");
        }
        if (actor.has(Role.SECURITY_ADMIN)) {
            return Optional.of("admin/roles");
        }
        if (actor.has(Role.AUDIT_ADMIN)) {
            return Optional.of("audit");
        }
        return Optional.empty();
    }
}
