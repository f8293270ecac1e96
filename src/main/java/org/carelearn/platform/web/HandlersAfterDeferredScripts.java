package org.carelearn.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes PrimeFaces' collected event handlers wait for the page's deferred scripts.
 *
 * <p>Pages load their scripts with {@code defer} (web.xml, {@code primefaces.MOVE_SCRIPTS_TO_BOTTOM}), so they run
 * once the page is parsed; PrimeFaces then holds its widget scripts until {@code DOMContentLoaded}. In CSP mode it
 * also turns the {@code on*} attributes of a page into one script of {@code PrimeFaces.csp.register(...)} calls,
 * written after everything else at the end of the body, which would run as soon as it is parsed: before the deferred
 * PrimeFaces exists ("PrimeFaces is not defined", and a Sign out that does nothing). This writer, underneath
 * PrimeFaces' own, wraps that one script so it runs when the document is ready: after the deferred scripts and the
 * widgets, as it ran before scripts were deferred. Every other script passes through exactly as written.
 */
final class HandlersAfterDeferredScripts extends ResponseWriterWrapper {

    /** How the script PrimeFaces writes for collected handlers begins (PrimeFaces' CspResponseWriter). */
    static final String HANDLERS = "PrimeFaces.csp.register(";
    private static final String BEFORE = "(function(run){if(document.readyState==='loading'){"
            + "document.addEventListener('DOMContentLoaded',run);}else{run();}})(function(){";
    private static final String AFTER = "});";

    /** The content of the script being written, as written: raw ({@code write}) or as text ({@code writeText}). */
    private List<Part> script;

    HandlersAfterDeferredScripts(ResponseWriter wrapped) {
        super(wrapped);
    }

    /** The script's content, made to run when the document is ready if it is PrimeFaces' handlers; else as is. */
    static String waitingForDocument(String content) {
        return content.stripLeading().startsWith(HANDLERS) ? BEFORE + content + AFTER : content;
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
        super.startElement(name, component);
        if ("script".equalsIgnoreCase(name)) {
            script = new ArrayList<>();
        }
    }

    @Override
    public void endElement(String name) throws IOException {
        if (script != null && "script".equalsIgnoreCase(name)) {
            List<Part> parts = script;
            script = null;
            StringBuilder content = new StringBuilder();
            parts.forEach(part -> content.append(part.text()));
            boolean handlers = !waitingForDocument(content.toString()).contentEquals(content);
            if (handlers) {
                getWrapped().write(BEFORE);
            }
            for (Part part : parts) {
                if (part.raw()) {
                    getWrapped().write(part.text());
                } else {
                    getWrapped().writeText(part.text(), null);
                }
            }
            if (handlers) {
                getWrapped().write(AFTER);
            }
        }
        super.endElement(name);
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        if (script != null) {
            script.add(new Part(new String(cbuf, off, len), true));
        } else {
            super.write(cbuf, off, len);
        }
    }

    @Override
    public void write(char[] cbuf) throws IOException {
        write(cbuf, 0, cbuf.length);
    }

    @Override
    public void write(String str) throws IOException {
        if (script != null) {
            script.add(new Part(str, true));
        } else {
            super.write(str);
        }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        write(str.substring(off, off + len));
    }

    @Override
    public void write(int c) throws IOException {
        if (script != null) {
            script.add(new Part(String.valueOf((char) c), true));
        } else {
            super.write(c);
        }
    }

    @Override
    public void writeText(Object text, String property) throws IOException {
        if (script != null) {
            script.add(new Part(String.valueOf(text), false));
        } else {
            super.writeText(text, property);
        }
    }

    @Override
    public void writeText(Object text, UIComponent component, String property) throws IOException {
        if (script != null) {
            script.add(new Part(String.valueOf(text), false));
        } else {
            super.writeText(text, component, property);
        }
    }

    @Override
    public void writeText(char[] text, int off, int len) throws IOException {
        if (script != null) {
            script.add(new Part(new String(text, off, len), false));
        } else {
            super.writeText(text, off, len);
        }
    }

    @Override
    public ResponseWriter cloneWithWriter(Writer writer) {
        return new HandlersAfterDeferredScripts(getWrapped().cloneWithWriter(writer));
    }

    private record Part(String text, boolean raw) {
    }
}
