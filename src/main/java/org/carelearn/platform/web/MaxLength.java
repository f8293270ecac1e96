package org.carelearn.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;

/**
 * Refuses text longer than its field may hold, with a message that says so. Pages use it instead of the
 * HTML {@code maxlength} attribute, which makes the browser drop whatever is typed or pasted beyond the
 * limit without a word, so a person would save a name cut short and never know.
 *
 * <p>On an input: {@code <f:validator validatorId="carelearn.maxLength"/>} with
 * {@code <f:attribute name="allowedLength" value="80"/>}; the message names the input by its {@code label}.
 * Surrounding spaces do not count, as the domain strips them too.
 */
@FacesValidator(MaxLength.ID)
public class MaxLength implements Validator<Object> {

    public static final String ID = "carelearn.maxLength";
    public static final String ALLOWED_LENGTH = "allowedLength";

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (value == null) {
            return;
        }
        int allowed = allowedLength(component);
        int length = value.toString().strip().length();
        if (length > allowed) {
            String message = message(label(component), allowed, length);
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        }
    }

    /** "Given name: at most 80 characters (this one has 93)." */
    public static String message(String label, int allowed, int length) {
        return label + ": at most " + allowed + " characters (this one has " + length + ").";
    }

    private static int allowedLength(UIComponent component) {
        Object allowed = component.getAttributes().get(ALLOWED_LENGTH);
        if (allowed == null) {
            throw new IllegalStateException(component.getClientId() + " uses " + ID + " without " + ALLOWED_LENGTH);
        }
        return allowed instanceof Number number ? number.intValue() : Integer.parseInt(allowed.toString().strip());
    }

    private static String label(UIComponent component) {
        Object label = component.getAttributes().get("label");
        return label == null ? component.getId() : label.toString();
    }
}
