package cn.nianbao.security.ui;

import cn.nianbao.security.SsoRefusedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A single sign-on that did not sign the person in, back to the login page with {@code ?sso}. A refusal's message
 * names the account, so it goes in the session rather than the query (a link anyone can send must not put words of
 * theirs on the login page). Anything else (the provider unreachable, the person cancelled there, a stale answer)
 * is one line in the log, without a stack trace, and a general message on the page.
 */
final class SsoFailures implements AuthenticationFailureHandler {

    /** The session attribute that holds the refusal's message for the login page, read once. */
    static final String MESSAGE = SsoFailures.class.getName() + ".message";

    private static final Logger log = LoggerFactory.getLogger(SsoFailures.class);

    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        if (exception instanceof SsoRefusedException refused) {
            request.getSession().setAttribute(MESSAGE, refused.pageMessage());
        } else {
            log.warn("统一身份认证登录未完成: {}", firstWords(exception.getMessage()));
        }
        redirect.sendRedirect(request, response, "/" + LoginView.ROUTE + "?" + LoginView.SSO);
    }

    /** An unreachable provider's message quotes whole error pages: its start says what went wrong. */
    private static String firstWords(String message) {
        return message == null || message.length() <= 300 ? message : message.substring(0, 300) + "…";
    }
}
