package cn.nianbao.security.ui;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Sends a visitor who is not signed in to the login page, and says 「登录已超时」 there when the browser still
 * presented a session that has ended (idle timeout). The page asked for is kept by the request cache before this
 * runs, so after logging in the person lands on it again (the draft they had open).
 */
final class SessionTimeoutEntryPoint implements AuthenticationEntryPoint {

    private final AuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/" + LoginView.ROUTE);
    private final AuthenticationEntryPoint timedOut =
            new LoginUrlAuthenticationEntryPoint("/" + LoginView.ROUTE + "?" + LoginView.TIMEOUT);

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        boolean sessionEnded = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        (sessionEnded ? timedOut : login).commence(request, response, exception);
    }
}
