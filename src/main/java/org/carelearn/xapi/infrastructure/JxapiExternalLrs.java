package org.carelearn.xapi.infrastructure;

import gov.adlnet.xapi.model.About;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import org.carelearn.xapi.domain.forwarding.ExternalLrs;
import org.carelearn.xapi.domain.statement.Attachment;

/** The external LRS reached with ADL's jxapi client. */
@ApplicationScoped
public class JxapiExternalLrs implements ExternalLrs {

    static final int CONNECT_TIMEOUT_MILLIS = 10_000;
    static final int READ_TIMEOUT_MILLIS = 60_000;

    @Override
    public void send(Target target, String statements, List<Attachment> attachments) {
        try {
            ForwardingStatementClient client = new ForwardingStatementClient(target.endpoint(), target.key(),
                    target.secret(), CONNECT_TIMEOUT_MILLIS, READ_TIMEOUT_MILLIS);
            client.post(statements, attachments);
        } catch (ForwardingStatementClient.RefusedRequest e) {
            throw new Refused(e.status(), e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new ExternalLrsException(describe(e), e);
        }
    }

    @Override
    public List<String> versions(Target target) {
        try {
            About about = new ForwardingAboutClient(target.endpoint(), target.key(), target.secret(),
                    CONNECT_TIMEOUT_MILLIS).getAbout();
            if (about == null || about.getVersion() == null || about.getVersion().isEmpty()) {
                throw new ExternalLrsException("The endpoint answered, but not with an xAPI \"about\" document", null);
            }
            ForwardingStatementClient client = new ForwardingStatementClient(target.endpoint(), target.key(),
                    target.secret(), CONNECT_TIMEOUT_MILLIS, CONNECT_TIMEOUT_MILLIS);
            if (!client.acceptsCredentials()) {
                throw new ExternalLrsException("The external LRS answered, but refused the key and secret (401)",
                        null);
            }
            return List.copyOf(about.getVersion());
        } catch (IOException | RuntimeException e) {
            if (e instanceof ExternalLrsException known) {
                throw known;
            }
            throw new ExternalLrsException(describe(e), e);
        }
    }

    /** The failure in words: the exception's own message names the server and its answer, never the secret. */
    private static String describe(Exception e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName();
        return message == null || message.isBlank() ? kind : kind + ": " + message;
    }
}
