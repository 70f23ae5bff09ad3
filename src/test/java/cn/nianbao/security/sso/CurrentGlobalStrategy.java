package cn.nianbao.security.sso;

import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Whatever strategy {@link SecurityContextHolder} has at the moment of each call. The provider shares the JVM with
 * Nianbao, whose Vaadin integration replaces the JVM-wide strategy when it starts, after the provider's filters
 * would have taken the one of the moment: the Authorization Server's own static look-ups
 * ({@code SecurityContextHolder.getContext()}) would then find nobody signed in that its filters had signed in.
 */
final class CurrentGlobalStrategy implements SecurityContextHolderStrategy {

    @Override
    public void clearContext() {
        SecurityContextHolder.getContextHolderStrategy().clearContext();
    }

    @Override
    public SecurityContext getContext() {
        return SecurityContextHolder.getContextHolderStrategy().getContext();
    }

    @Override
    public Supplier<SecurityContext> getDeferredContext() {
        return SecurityContextHolder.getContextHolderStrategy().getDeferredContext();
    }

    @Override
    public void setContext(SecurityContext context) {
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
    }

    @Override
    public void setDeferredContext(Supplier<SecurityContext> deferredContext) {
        SecurityContextHolder.getContextHolderStrategy().setDeferredContext(deferredContext);
    }

    @Override
    public SecurityContext createEmptyContext() {
        return SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
    }
}
