package org.carelearn.testing;

import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;

/**
 * What the browser shows of the element that has keyboard focus: the outline, or else the ring a box-shadow
 * draws around it, and the colour behind that ring (the nearest opaque element that covers it; the element's
 * own background for a ring drawn inside it). A PrimeFaces widget that keeps the focused input out of sight
 * (a select menu, a checkbox) shows the focus on the widget around it, which is measured instead.
 *
 * @param where the focused element, for messages: tag, id, class and text
 * @param contrast the better of outline and ring against the background, 1 when neither is drawn
 * @param width how thick that indicator is, in CSS pixels
 */
public record FocusIndicator(String where, double contrast, double width) {

    /** WCAG 2.1 1.4.11 asks 3:1 of what identifies a control's state; a 1 px hairline is easy to miss. */
    public boolean visible() {
        return contrast >= 3 && width >= 2;
    }

    @Override
    public String toString() {
        return where + String.format(" (%.2f:1, %.1f px)", contrast, width);
    }

    /** Measured once the focus transitions (the theme fades its glow in) have run. */
    private static final String MEASURE = """
            const done = arguments[arguments.length - 1];
            const active = document.activeElement;
            if (!active || active === document.body) { done(null); return; }
            let shown = active;
            if (active.closest('.ui-helper-hidden-accessible, .ui-helper-hidden')) {
                shown = active.closest('.ui-state-focus') || active.closest('.ui-widget') || active;
            }
            Promise.all(shown.getAnimations().map(a => a.finished.catch(() => null))).then(() => done(measure(active, shown)));
            function measure(active, shown) {
            const style = getComputedStyle(shown);
            const box = shown.getBoundingClientRect();
            const opaque = c => c && c !== 'transparent' && !/rgba\\(.*,\\s*0\\)$/.test(c);
            // the colour the ring is drawn on: the nearest element that covers the ring, or for a ring drawn
            // inside the element (negative offset), the element's own
            function behind(grow) {
                if (grow <= 0 && opaque(style.backgroundColor)) { return style.backgroundColor; }
                for (let e = shown.parentElement; e; e = e.parentElement) {
                    const b = getComputedStyle(e).backgroundColor, r = e.getBoundingClientRect();
                    const covers = e === document.body || e === document.documentElement
                        || (r.left <= box.left - grow && r.right >= box.right + grow
                            && r.top <= box.top - grow && r.bottom >= box.bottom + grow);
                    if (opaque(b) && covers) { return b; }
                }
                return 'rgb(255, 255, 255)';
            }
            // the widest solid ring of a box-shadow: "rgb(...) 0px 0px 0px 3px"
            let shadowColor = null, shadowWidth = 0;
            for (const m of style.boxShadow.matchAll(/(rgba?\\([^)]*\\))\\s+(-?[\\d.]+)px\\s+(-?[\\d.]+)px\\s+([\\d.]+)px\\s+([\\d.]+)px/g)) {
                if (parseFloat(m[2]) === 0 && parseFloat(m[3]) === 0 && parseFloat(m[5]) > shadowWidth) {
                    shadowColor = m[1]; shadowWidth = parseFloat(m[5]);
                }
            }
            const outlineWidth = parseFloat(style.outlineWidth) || 0, outlineOffset = parseFloat(style.outlineOffset) || 0;
            return {
                where: active.tagName.toLowerCase() + (active.id ? '#' + active.id : '') + ' "'
                    + (active.innerText || active.value || active.getAttribute('aria-label') || '').trim().slice(0, 40) + '"',
                outlineStyle: style.outlineStyle, outlineWidth: outlineWidth, outlineColor: style.outlineColor,
                outlineBackground: behind(outlineOffset + outlineWidth),
                shadowColor: shadowColor, shadowWidth: shadowWidth, shadowBackground: behind(shadowWidth)
            };
            }
            """;

    /** The focus indicator now, or null when focus is on nothing (the page's body). */
    public static FocusIndicator now(Browser browser) {
        @SuppressWarnings("unchecked")
        Map<String, Object> seen = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript(MEASURE);
        if (seen == null) {
            return null;
        }
        double contrast = 1;
        double width = 0;
        double outlineWidth = ((Number) seen.get("outlineWidth")).doubleValue();
        String outlineColor = (String) seen.get("outlineColor");
        if (!"none".equals(seen.get("outlineStyle")) && outlineWidth > 0 && Contrast.visible(outlineColor)) {
            contrast = Contrast.ratio(outlineColor, (String) seen.get("outlineBackground"));
            width = outlineWidth;
        }
        String shadowColor = (String) seen.get("shadowColor");
        double shadowWidth = ((Number) seen.get("shadowWidth")).doubleValue();
        if (shadowColor != null && Contrast.visible(shadowColor)) {
            double shadowContrast = Contrast.ratio(shadowColor, (String) seen.get("shadowBackground"));
            if (shadowContrast > contrast || (shadowContrast == contrast && shadowWidth > width)) {
                contrast = shadowContrast;
                width = shadowWidth;
            }
        }
        return new FocusIndicator((String) seen.get("where"), contrast, width);
    }
}
