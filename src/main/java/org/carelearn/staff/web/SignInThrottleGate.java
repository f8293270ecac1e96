package org.carelearn.staff.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Methods;
import jakarta.servlet.ServletContext;
import java.time.Instant;
import org.carelearn.staff.domain.AddressThrottle;

/**
 * Puts the per-address sign-in throttle in front of WildFly's FORM mechanism, which checks a posted password
 * (j_security_check) before any servlet filter runs. A sign-in posted from a refused address never reaches the
 * password check: it goes to {@link SignInRefused} instead, which audits it and explains. Registered as an
 * Undertow servlet extension (META-INF/services/io.undertow.servlet.ServletExtension).
 */
public class SignInThrottleGate implements ServletExtension {

    static final String REFUSED_PATH = "/signin-refused";

    /** The deployment's throttle: {@link SignInFailed} counts failures into it, this gate reads it. */
    static AddressThrottle of(ServletContext context) {
        return (AddressThrottle) context.getAttribute(AddressThrottle.class.getName());
    }

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        AddressThrottle throttle = new AddressThrottle();
        context.setAttribute(AddressThrottle.class.getName(), throttle);
        String contextPath = deployment.getContextPath() == null || "/".equals(deployment.getContextPath()) ? ""
                : deployment.getContextPath();
        deployment.addInitialHandlerChainWrapper(next -> exchange -> {
            if (isSignIn(exchange) && throttle.isRefused(address(exchange), Instant.now())) {
                exchange.setRequestURI(contextPath + REFUSED_PATH);
                exchange.setRequestPath(contextPath + REFUSED_PATH);
                exchange.setRelativePath(REFUSED_PATH);
            }
            next.handleRequest(exchange);
        });
    }

    private static boolean isSignIn(HttpServerExchange exchange) {
        return Methods.POST.equals(exchange.getRequestMethod()) && exchange.getRequestPath().endsWith("/j_security_check");
    }

    /** The address the servlet request will report (after a proxy's forwarded address, when that is enabled). */
    private static String address(HttpServerExchange exchange) {
        return exchange.getSourceAddress().getAddress().getHostAddress();
    }
}
