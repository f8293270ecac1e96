package org.carelearn.platform.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.AttachmentKey;
import io.undertow.util.Headers;
import jakarta.servlet.ServletContext;
import java.net.InetSocketAddress;
import java.util.List;
import org.carelearn.platform.config.Settings;

/**
 * Keeps the content origin and the application apart. Course packages are third-party code, so they are
 * served by a listener of their own (socket binding {@code carelearn-content}, see carelearn.cli): another
 * origin than CareLearn's pages, where a package's scripts cannot read the application's responses or pages.
 *
 * <p>On that listener, before Undertow's security and session handling: the request's cookies are dropped
 * (browsers send a host's cookies to every port of it, so the learner's session cookie arrives here too),
 * no response may set a cookie, and only the content paths exist; everything else is a plain 404, never a
 * page of the application. The listener is recognised by the local port of the connection, which a proxy's
 * X-Forwarded headers cannot change. Servlets ask {@link #isContentOrigin} and serve content nowhere else.
 */
public class ContentOriginGate implements ServletExtension {

    /** What the content origin serves: package files (catalog) and the lessons' return page (learning). */
    public static final List<String> CONTENT_PATHS = List.of("/content/", "/lesson-return/");

    /**
     * The sandbox of content: the player's frame and every content document (by its policy) have these flags.
     * No allow-same-origin (the content gets an opaque origin: no cookies, no storage, no reaching other
     * windows) and no allow-top-navigation (it cannot take the window away).
     */
    public static final String SANDBOX = "allow-scripts allow-forms allow-popups allow-modals allow-downloads";

    private static final AttachmentKey<Boolean> CONTENT_ORIGIN = AttachmentKey.create(Boolean.class);

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext servletContext) {
        int contentPort = new Settings().contentPort();
        deployment.addInitialHandlerChainWrapper(next -> exchange -> gate(exchange, next, contentPort));
    }

    /** Whether the request being served came in on the content listener (the gate let only content paths through). */
    public static boolean isContentOrigin() {
        ServletRequestContext current = ServletRequestContext.current();
        return current != null && Boolean.TRUE.equals(current.getExchange().getAttachment(CONTENT_ORIGIN));
    }

    private static void gate(HttpServerExchange exchange, HttpHandler next, int contentPort) throws Exception {
        InetSocketAddress local = exchange.getConnection().getLocalAddress(InetSocketAddress.class);
        if (local == null || local.getPort() != contentPort) {
            next.handleRequest(exchange);
            return;
        }
        exchange.getRequestHeaders().remove(Headers.COOKIE);
        exchange.addResponseCommitListener(committing -> committing.getResponseHeaders().remove(Headers.SET_COOKIE));
        String path = exchange.getRelativePath();
        if (CONTENT_PATHS.stream().noneMatch(path::startsWith)) {
            exchange.setStatusCode(404);
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain;charset=UTF-8");
            exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
            exchange.getResponseHeaders().put(Headers.X_CONTENT_TYPE_OPTIONS, "nosniff");
            exchange.getResponseSender().send("Not found. This address serves course content only.");
            return;
        }
        exchange.putAttachment(CONTENT_ORIGIN, Boolean.TRUE);
        next.handleRequest(exchange);
    }
}
