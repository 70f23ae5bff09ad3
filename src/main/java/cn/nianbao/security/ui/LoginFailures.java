package cn.nianbao.security.ui;

import cn.nianbao.security.LoginRefusedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the login page with what it should say: {@code ?locked=N} for a locked name, {@code ?blocked=N} for an
 * address that failed too often (N the minutes left), {@code ?error} for anything else, a wrong password above all.
 * The same for a name no account has, so the page tells nobody which accounts exist.
 */
final class LoginFailures implements AuthenticationFailureHandler {

    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        redirect.sendRedirect(request, response, "/" + LoginView.ROUTE + "?" + query(exception));
    }

    static String query(AuthenticationException exception) {
        if (exception instanceof LoginRefusedException refused) {
            String parameter = switch (refused.reason()) {
                case NAME_LOCKED -> LoginView.LOCKED;
                case ADDRESS_BLOCKED -> LoginView.BLOCKED;
            };
            return parameter + "=" + refused.minutesLeft();
        }
        return LoginView.ERROR;
    }
}
