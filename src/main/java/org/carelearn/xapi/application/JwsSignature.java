package org.carelearn.xapi.application;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Map;
import org.carelearn.platform.json.Jsons;
import org.carelearn.xapi.application.LrsException.Kind;

/**
 * The signature of a signed statement (xAPI 1.0.3, Part Two, 2.6): a JWS in compact serialization whose
 * algorithm is RS256, RS384 or RS512 and whose payload is the statement as it was before the signature
 * was attached. When the JWS header carries the signer's certificate (x5c), the signature is verified
 * with it; without one there is no key to verify with, and the LRS checks the form and the payload only.
 */
final class JwsSignature {

    private static final Map<String, String> ALGORITHMS = Map.of("RS256", "SHA256withRSA", "RS384", "SHA384withRSA",
            "RS512", "SHA512withRSA");

    private JwsSignature() {
    }

    static void verify(JsonObject statement, String jws) {
        String[] parts = jws.strip().split("\\.", -1);
        if (parts.length != 3) {
            throw refused("the signature is not a JWS in compact serialization");
        }
        JsonObject header = json(parts[0], "header");
        JsonObject payload = json(parts[1], "payload");
        String algorithm = header.getString("alg", "");
        if (!ALGORITHMS.containsKey(algorithm)) {
            throw refused("the algorithm must be RS256, RS384 or RS512, not " + algorithm);
        }
        if (!comparable(payload).equals(comparable(statement))) {
            throw refused("its payload is not this statement");
        }
        if (header.get("x5c") instanceof JsonArray chain && !chain.isEmpty()) {
            verifyWithCertificate(chain.getString(0), ALGORITHMS.get(algorithm), parts);
        }
    }

    private static void verifyWithCertificate(String certificate, String algorithm, String[] parts) {
        try {
            X509Certificate signer = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(certificate)));
            Signature signature = Signature.getInstance(algorithm);
            signature.initVerify(signer.getPublicKey());
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!signature.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                throw refused("it does not verify with the certificate in its header");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw refused("its certificate or signature cannot be read");
        }
    }

    /** What the signer signed: the statement without its attachments and what the LRS adds. */
    private static JsonObject comparable(JsonObject statement) {
        JsonObjectBuilder builder = Jsons.createObjectBuilder(ComparedDurations.cut(statement));
        for (String added : new String[] {"attachments", "authority", "stored", "version", "id"}) {
            builder.remove(added);
        }
        return builder.build();
    }

    private static JsonObject json(String base64url, String what) {
        try (JsonReader reader = Jsons.createReader(new StringReader(
                new String(Base64.getUrlDecoder().decode(base64url), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw refused("its " + what + " is not base64url-encoded JSON");
        }
    }

    private static LrsException refused(String why) {
        return new LrsException(Kind.BAD_REQUEST, "The statement's signature is refused: " + why);
    }
}
