package org.carelearn.notification.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import org.carelearn.notification.application.Postbox;

/**
 * Sends through the mail session that WildFly's mail subsystem defines ({@code java:jboss/mail/CareLearn} in
 * wildfly-config/carelearn.cli): its SMTP host and port come from the {@code carelearn-smtp} outbound socket
 * binding, its sender from {@code carelearn.mail.from}. One connection carries a whole batch; a message the server
 * refuses fails alone, a lost connection fails what was left of the batch (each is retried later).
 */
@ApplicationScoped
public class SmtpPostbox implements Postbox {

    /** SMTP timeouts in milliseconds: Jakarta Mail waits for ever by default, which would stall the sender. */
    private static final String TIMEOUT_MS = "20000";

    @Resource(lookup = "java:jboss/mail/CareLearn")
    private Session session;

    @PostConstruct
    void limitWaiting() {
        Properties properties = session.getProperties();
        for (String key : List.of("mail.smtp.connectiontimeout", "mail.smtp.timeout", "mail.smtp.writetimeout")) {
            properties.putIfAbsent(key, TIMEOUT_MS);
        }
    }

    @Override
    public boolean configured() {
        return !System.getProperty("carelearn.smtp.host", "").isBlank();
    }

    @Override
    public String server() {
        return session.getProperty("mail.smtp.host") + ":" + session.getProperty("mail.smtp.port");
    }

    @Override
    public List<Outcome> send(List<Envelope> envelopes) {
        List<Outcome> outcomes = new ArrayList<>();
        if (envelopes.isEmpty()) {
            return outcomes;
        }
        Thread thread = Thread.currentThread();
        ClassLoader deployment = thread.getContextClassLoader();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            // Jakarta Mail 2.1 looks up its StreamProvider through the context class loader for every message it
            // encodes (jakarta.mail.util.FactoryFinder, a ServiceLoader): under the deployment's loader that scans
            // every jar of the WAR, half of the sender's CPU in a JFR recording of MailBench. The mail
            // implementation's own loader (the transport's) holds the provider and answers at once.
            thread.setContextClassLoader(transport.getClass().getClassLoader());
            for (Envelope envelope : envelopes) {
                if (!transport.isConnected()) {
                    outcomes.add(new Outcome(envelope.id(), false, "The SMTP server closed the connection"));
                    continue;
                }
                try {
                    MimeMessage message = message(envelope);
                    transport.sendMessage(message, message.getAllRecipients());
                    outcomes.add(new Outcome(envelope.id(), true, lastReply(transport)));
                } catch (MessagingException | UnsupportedEncodingException e) {
                    outcomes.add(new Outcome(envelope.id(), false, describe(e)));
                }
            }
        } catch (MessagingException e) {
            String error = describe(e);
            for (int i = outcomes.size(); i < envelopes.size(); i++) {
                outcomes.add(new Outcome(envelopes.get(i).id(), false, error));
            }
        } finally {
            thread.setContextClassLoader(deployment);
        }
        return outcomes;
    }

    private MimeMessage message(Envelope envelope) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom();
        message.setRecipient(Message.RecipientType.TO,
                new InternetAddress(envelope.address(), envelope.name(), StandardCharsets.UTF_8.name()));
        message.setSubject(envelope.subject(), StandardCharsets.UTF_8.name());
        message.setText(envelope.body(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(Instant.now()));
        // Automatic mail: out-of-office replies should not answer it (RFC 3834, section 5)
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    /**
     * The server's last reply ("250 2.0.0 OK ..."): Angus Mail's SMTP transport has it; read reflectively, so the
     * deployment needs no dependency on the implementation's module.
     */
    private static String lastReply(Transport transport) {
        try {
            Object reply = transport.getClass().getMethod("getLastServerResponse").invoke(transport);
            return reply == null ? "accepted" : reply.toString().strip();
        } catch (ReflectiveOperationException e) {
            return "accepted";
        }
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 900; t = t.getCause()) {
            if (t.getMessage() != null && !text.toString().contains(t.getMessage().strip())) {
                text.append(text.length() == 0 ? "" : ": ").append(t.getMessage().strip());
            }
        }
        return text.length() == 0 ? e.getClass().getSimpleName() : text.toString();
    }
}
