package org.carelearn.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HandlersAfterDeferredScriptsTest {

    @Test
    void primeFacesHandlersWaitUntilTheDocumentIsReady() {
        String handlers = "PrimeFaces.csp.register('nav:signOut','onclick',function(event){return false;});";
        String waiting = HandlersAfterDeferredScripts.waitingForDocument(handlers);
        assertTrue(waiting.startsWith("(function(run){if(document.readyState==='loading'){"
                + "document.addEventListener('DOMContentLoaded',run);}else{run();}})(function(){"), waiting);
        assertTrue(waiting.endsWith("(function(){" + handlers + "});"), waiting);
    }

    @Test
    void everyOtherScriptStaysAsWritten() {
        String widgets = "document.addEventListener(\"DOMContentLoaded\", function() {var pf=window.PrimeFaces;});";
        assertEquals(widgets, HandlersAfterDeferredScripts.waitingForDocument(widgets));
        assertEquals("", HandlersAfterDeferredScripts.waitingForDocument(""));
        assertEquals("if (window.top === window.self) { window.location.replace('x'); }",
                HandlersAfterDeferredScripts.waitingForDocument(
                        "if (window.top === window.self) { window.location.replace('x'); }"));
    }
}
