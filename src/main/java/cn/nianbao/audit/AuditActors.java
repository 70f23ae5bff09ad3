package cn.nianbao.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Who acts now and from where, read from Spring Security and the current HTTP request. */
final class AuditActors {

    private AuditActors() {}

    /** The signed-in person; otherwise 匿名 inside an HTTP request, 系统 outside one (jobs). */
    static AuditActor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return of(authentication);
        }
        return currentRequest().isPresent() ? AuditActor.ANONYMOUS : AuditActor.SYSTEM;
    }

    static AuditActor of(Authentication authentication) {
        String name = authentication.getName();
        String displayName =
                authentication.getPrincipal() instanceof AuditedPrincipal principal ? principal.displayName() : name;
        return new AuditActor(name, displayName);
    }

    /**
     * The client's address as the servlet container reports it: behind the production proxy Tomcat takes it from
     * X-Forwarded-For, and only then (server.forward-headers-strategy, trusted proxies); a header sent straight to
     * the application is ignored.
     */
    static Optional<String> clientAddress() {
        return currentRequest().map(HttpServletRequest::getRemoteAddr);
    }

    private static Optional<HttpServletRequest> currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest())
                : Optional.empty();
    }
}
