package org.carelearn.xapi.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.carelearn.platform.json.Jsons;
import org.carelearn.xapi.application.LrsCredentials;
import org.carelearn.xapi.application.LrsException;
import org.carelearn.xapi.application.LrsException.Kind;
import org.carelearn.xapi.application.StatementStore;
import org.carelearn.xapi.domain.XapiEdition;
import org.carelearn.xapi.domain.statement.LanguagePreference;
import org.carelearn.xapi.domain.statement.StatementFormats;
import org.carelearn.xapi.domain.statement.StatementPage;
import org.carelearn.xapi.domain.statement.StatementQuery;
import org.carelearn.xapi.domain.statement.StoredText;

/**
 * /xapi/statements (xAPI 1.0.3, Part Three, 2.1; 2.0.0, 4.1.6.1), in the edition the request chose: stored by its
 * rules, returned as it reads statements ({@link XapiEdition#present}). HEAD is served by JAX-RS from GET.
 */
@Path("statements")
public class StatementsResource {

    @Inject
    private StatementStore store;

    @Context
    private HttpServletRequest request;

    @Context
    private UriInfo uri;

    @Context
    private HttpHeaders headers;

    @PUT
    public Response put(InputStream body) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        StatementParameters.onlyAllowed(query, "statementId");
        String id = query.getFirst("statementId");
        if (id == null) {
            throw new LrsException(Kind.BAD_REQUEST, "PUT needs the statementId parameter");
        }
        StatementParameters.uuid("statementId", id);
        StatementBody received = StatementBody.read(headers.getMediaType(), body);
        if (!(received.json() instanceof JsonObject statement)) {
            throw new LrsException(Kind.BAD_REQUEST, "PUT takes one statement, a JSON object");
        }
        store.store(List.of(statement), received.attachments(), credentials(), id, edition());
        return Response.noContent().build();
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public JsonArray post(InputStream body) {
        StatementParameters.onlyAllowed(uri.getQueryParameters());
        StatementBody received = StatementBody.read(headers.getMediaType(), body);
        JsonStructure json = received.json();
        List<JsonObject> batch = new ArrayList<>();
        if (json instanceof JsonObject single) {
            batch.add(single);
        } else {
            for (JsonValue value : json.asJsonArray()) {
                if (!(value instanceof JsonObject statement)) {
                    throw new LrsException(Kind.BAD_REQUEST, "statement[" + batch.size() + "]: must be a JSON object");
                }
                batch.add(statement);
            }
        }
        JsonArrayBuilder ids = Jsons.createArrayBuilder();
        store.store(batch, received.attachments(), credentials(), null, edition()).forEach(ids::add);
        return ids.build();
    }

    @GET
    public Response get() {
        MultivaluedMap<String, String> parameters = uri.getQueryParameters();
        StatementParameters.Format format = StatementParameters.format(StatementParameters.effective(parameters));
        LanguagePreference languages = LanguagePreference.parse(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        String statementId = parameters.getFirst("statementId");
        String voidedId = parameters.getFirst("voidedStatementId");
        if (statementId != null || voidedId != null) {
            StatementParameters.onlyAllowed(parameters, "statementId", "voidedStatementId", "format", "attachments");
            if (statementId != null && voidedId != null) {
                throw new LrsException(Kind.BAD_REQUEST, "Send statementId or voidedStatementId, not both");
            }
            String id = statementId != null ? statementId : voidedId;
            StatementParameters.uuid(statementId != null ? "statementId" : "voidedStatementId", id);
            Optional<JsonObject> found = store.find(id, voidedId != null, credentials());
            JsonObject statement = edition().present(
                    found.orElseThrow(() -> new LrsException(Kind.NOT_FOUND, "No statement " + id)));
            return withAttachments(formatted(statement, format, languages), List.of(statement), parameters)
                    .header(HttpHeaders.LAST_MODIFIED, StatementParameters.httpDate(statement.getString("stored")))
                    .build();
        }
        StatementQuery query = StatementParameters.query(parameters);
        StatementPage page = store.query(query, credentials());
        String more = page.more() ? StatementParameters.moreLink(uri, parameters, page.lastPosition()) : "";
        List<String> statements = returnedTexts(page.statements(), format, languages);
        if (!attachmentsAsked(parameters)) {
            // written to the response as it goes: a page of 200 to 500 statements held whole, then copied to a
            // String and to bytes, made the largest allocations of a GET (G1's humongous objects, each one
            // starting a collection: 24 of 45 collections in a run of LrsBench's queries, session 15)
            StreamingOutput body = out -> {
                Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                writeStatementResult(writer, statements, more);
                writer.flush();
            };
            return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
        }
        StringWriter result = new StringWriter();
        try {
            writeStatementResult(result, statements, more);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not throw it
        }
        return withAttachments(result.toString(), page.statements().stream().map(StoredText::json).toList()).build();
    }

    /**
     * Each statement's text as returned. A statement this edition returns as stored, in the exact format, is
     * the text as stored (the LRS wrote that text itself); only the others are parsed and written again.
     */
    private List<String> returnedTexts(List<StoredText> statements, StatementParameters.Format format,
            LanguagePreference languages) {
        XapiEdition edition = edition();
        List<String> texts = new ArrayList<>(statements.size());
        for (StoredText statement : statements) {
            texts.add(format == StatementParameters.Format.EXACT && edition.presentsAsStored(statement.text())
                    ? statement.text() : formatted(edition.present(statement.json()), format, languages).toString());
        }
        return texts;
    }

    /** The StatementResult object: these statements' texts and the more link. */
    private static void writeStatementResult(Writer out, List<String> statements, String more) throws IOException {
        out.write("{\"statements\":[");
        for (int i = 0; i < statements.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(statements.get(i));
        }
        out.write("],\"more\":");
        out.write(Jsons.createValue(more).toString());
        out.write('}');
    }

    private static boolean attachmentsAsked(MultivaluedMap<String, String> parameters) {
        return "true".equals(StatementParameters.effective(parameters).getFirst("attachments"));
    }

    /** JSON, or with attachments=true multipart/mixed: the JSON, then each attachment's content once. */
    private Response.ResponseBuilder withAttachments(JsonObject json, List<JsonObject> statements,
            MultivaluedMap<String, String> parameters) {
        if (!attachmentsAsked(parameters)) {
            return Response.ok(json, MediaType.APPLICATION_JSON_TYPE);
        }
        return withAttachments(json.toString(), statements);
    }

    /** multipart/mixed: the JSON, then each attachment of these statements once. */
    private Response.ResponseBuilder withAttachments(String json, List<JsonObject> statements) {
        Set<String> hashes = new LinkedHashSet<>();
        statements.forEach(s -> AttachmentHashes.of(s).forEach(hashes::add));
        String boundary = UUID.randomUUID().toString();
        return Response.ok(MultipartWriter.write(boundary, json, store.attachments(hashes)))
                .type("multipart/mixed; boundary=" + boundary);
    }

    private static JsonObject formatted(JsonObject statement, StatementParameters.Format format,
            LanguagePreference languages) {
        return switch (format) {
            case EXACT -> statement;
            case IDS -> StatementFormats.ids(statement);
            case CANONICAL -> StatementFormats.canonical(statement, languages);
        };
    }

    private XapiEdition edition() {
        return XapiHeaders.edition(request);
    }

    private LrsCredentials credentials() {
        return (LrsCredentials) request.getAttribute(XapiHeaders.CREDENTIALS);
    }
}
