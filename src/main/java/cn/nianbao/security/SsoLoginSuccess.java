package cn.nianbao.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Signs the session in exactly as a password login does: the account's {@link NianbaoUserDetails} as principal,
 * its roles as authorities, and the session registered under it, so every screen, every service's check and the
 * ending of a disabled account's sessions work as for a password login. Then on to the page first asked for.
 */
final class SsoLoginSuccess implements AuthenticationSuccessHandler {

    private final SecurityContextRepository contexts;
    private final SessionRegistry sessions;
    private final AuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();

    SsoLoginSuccess(SecurityContextRepository contexts, SessionRegistry sessions) {
        this.contexts = contexts;
        this.sessions = sessions;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        NianbaoUserDetails account = ((SsoUser) authentication.getPrincipal()).account();
        UsernamePasswordAuthenticationToken login =
                UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities());
        login.setDetails(new WebAuthenticationDetails(request));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(login);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        String session = request.getSession().getId();
        sessions.removeSessionInformation(session);
        sessions.registerNewSession(session, account);
        next.onAuthenticationSuccess(request, response, login);
    }
}
