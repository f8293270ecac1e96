package org.carelearn.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.primefaces.context.PrimeFacesContext;

/**
 * The page's script nonce, for the forms of pages that load no PrimeFaces script (My learning, the transcript, the
 * header's sign-out form on them).
 *
 * <p>In CSP mode PrimeFaces keeps each view's nonce in the view and refuses a postback that does not send it back
 * ("CSP nonce mismatch"); its script adds the nonce to every form when the page loads. A page without that script
 * sends it from a hidden field instead ({@code WEB-INF/includes/form-nonce.xhtml}); on a page with PrimeFaces its
 * script finds the field and keeps it. The nonce is in the page already, on every script element.
 */
@Named
@RequestScoped
public class FormNonce {

    /** The name PrimeFaces reads the nonce from (its {@code Constants.RequestParams.NONCE_PARAM}). */
    public static final String PARAMETER = "primefaces.nonce";

    public String getParameter() {
        return PARAMETER;
    }

    public String getValue() {
        FacesContext context = FacesContext.getCurrentInstance();
        return PrimeFacesContext.getCspState(context).getNonce();
    }
}
