package org.carelearn.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import java.io.Writer;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives every page's response writer {@link HandlersAfterDeferredScripts} underneath PrimeFaces' own writers, so
 * that the event handlers PrimeFaces collects in CSP mode wait for the deferred scripts (see that class). Installed
 * in faces-config.xml.
 */
public class DeferredScriptsRenderKitFactory extends RenderKitFactory {

    private final Map<RenderKit, RenderKit> kits = new ConcurrentHashMap<>();

    public DeferredScriptsRenderKitFactory(RenderKitFactory wrapped) {
        super(wrapped);
    }

    @Override
    public void addRenderKit(String renderKitId, RenderKit renderKit) {
        getWrapped().addRenderKit(renderKitId, renderKit);
    }

    @Override
    public RenderKit getRenderKit(FacesContext context, String renderKitId) {
        RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
        return kit == null ? null : kits.computeIfAbsent(kit, WithDeferredHandlers::new);
    }

    @Override
    public Iterator<String> getRenderKitIds() {
        return getWrapped().getRenderKitIds();
    }

    private static final class WithDeferredHandlers extends RenderKitWrapper {

        WithDeferredHandlers(RenderKit wrapped) {
            super(wrapped);
        }

        @Override
        public ResponseWriter createResponseWriter(Writer writer, String contentTypeList, String characterEncoding) {
            ResponseWriter created = getWrapped().createResponseWriter(writer, contentTypeList, characterEncoding);
            return created == null ? null : new HandlersAfterDeferredScripts(created);
        }
    }
}
