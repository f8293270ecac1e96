package org.carelearn.xapi.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.carelearn.platform.json.Jsons;
import org.carelearn.xapi.application.LrsException;
import org.carelearn.xapi.application.LrsException.Kind;
import org.carelearn.xapi.domain.format.Iri;
import org.carelearn.xapi.domain.format.IsoTimestamp;
import org.carelearn.xapi.domain.format.Uuids;
import org.carelearn.xapi.domain.statement.Agents;
import org.carelearn.xapi.domain.statement.StatementQuery;
import org.carelearn.xapi.domain.validation.StatementValidationException;

/**
 * The query parameters of /xapi/statements, checked as the specification lists them: an unknown
 * parameter, a malformed value or a forbidden combination answers 400.
 */
final class StatementParameters {

    /** The statement formats of the "format" parameter. */
    enum Format {
        EXACT, IDS, CANONICAL
    }

    private static final Set<String> QUERY = Set.of("agent", "verb", "activity", "registration", "related_activities",
            "related_agents", "since", "until", "limit", "format", "attachments", "ascending", "more");

    private StatementParameters() {
    }

    static void onlyAllowed(MultivaluedMap<String, String> parameters, String... allowed) {
        List<String> names = List.of(allowed);
        for (String name : parameters.keySet()) {
            if (!names.contains(name)) {
                throw new LrsException(Kind.BAD_REQUEST, "Parameter " + name + " is not allowed here");
            }
        }
    }

    static void uuid(String name, String value) {
        if (!Uuids.isValid(value)) {
            throw new LrsException(Kind.BAD_REQUEST, name + " '" + value + "' is not a UUID");
        }
    }

    static Format format(MultivaluedMap<String, String> parameters) {
        String format = parameters.getFirst("format");
        if (format == null) {
            return Format.EXACT;
        }
        try {
            return Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new LrsException(Kind.BAD_REQUEST, "format must be ids, exact or canonical");
        }
    }

    static StatementQuery query(MultivaluedMap<String, String> parameters) {
        for (String name : parameters.keySet()) {
            if (!QUERY.contains(name)) {
                throw new LrsException(Kind.BAD_REQUEST, "Parameter " + name + " is not allowed here");
            }
        }
        if (parameters.containsKey("more")) {
            return fromCursor(parameters.getFirst("more"));
        }
        String agent = null;
        if (parameters.getFirst("agent") != null) {
            try {
                agent = Agents.keyOfParameter(JsonBodies.parseParameter("agent", parameters.getFirst("agent")));
            } catch (StatementValidationException e) {
                throw new LrsException(Kind.BAD_REQUEST, e.getMessage());
            }
        }
        String verb = iri(parameters, "verb");
        String activity = iri(parameters, "activity");
        String registration = parameters.getFirst("registration");
        if (registration != null) {
            uuid("registration", registration);
            registration = registration.toLowerCase(Locale.ROOT);
        }
        return StatementQuery.builder().agent(agent, bool(parameters, "related_agents")).verb(verb)
                .activity(activity, bool(parameters, "related_activities")).registration(registration)
                .storedBetween(timestamp(parameters, "since"), timestamp(parameters, "until"))
                .limit(limit(parameters)).ascending(bool(parameters, "ascending")).build();
    }

    private static String iri(MultivaluedMap<String, String> parameters, String name) {
        String value = parameters.getFirst(name);
        if (value != null && !Iri.isValid(value)) {
            throw new LrsException(Kind.BAD_REQUEST, name + " '" + value + "' is not an IRI");
        }
        return value;
    }

    private static boolean bool(MultivaluedMap<String, String> parameters, String name) {
        String value = parameters.getFirst(name);
        if (value == null) {
            return false;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw new LrsException(Kind.BAD_REQUEST, name + " must be true or false");
        }
        return Boolean.parseBoolean(value);
    }

    private static Instant timestamp(MultivaluedMap<String, String> parameters, String name) {
        String value = parameters.getFirst(name);
        if (value == null) {
            return null;
        }
        try {
            return IsoTimestamp.parse(value).orElseThrow().toInstant();
        } catch (RuntimeException e) {
            throw new LrsException(Kind.BAD_REQUEST, name + " '" + value + "' is not an ISO 8601 timestamp");
        }
    }

    private static int limit(MultivaluedMap<String, String> parameters) {
        String value = parameters.getFirst("limit");
        if (value == null) {
            return 0;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit < 0) {
                throw new NumberFormatException();
            }
            return limit;
        } catch (NumberFormatException e) {
            throw new LrsException(Kind.BAD_REQUEST, "limit must be a whole number of 0 or more");
        }
    }

    /**
     * The "more" link: the same query continued after the last statement shown. The cursor carries the
     * original parameters, so the link works on its own.
     */
    static String moreLink(UriInfo uri, MultivaluedMap<String, String> parameters, long lastPosition) {
        JsonObject original;
        if (parameters.containsKey("more")) {
            original = decode(parameters.getFirst("more")).getJsonObject("p");
        } else {
            JsonObjectBuilder carried = Jsons.createObjectBuilder();
            parameters.forEach((name, values) -> carried.add(name, values.get(0)));
            original = carried.build();
        }
        JsonObject cursor = Jsons.createObjectBuilder().add("p", original).add("after", lastPosition).build();
        String token = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(cursor.toString().getBytes(StandardCharsets.UTF_8));
        return uri.getBaseUri().getPath() + "statements?more=" + token;
    }

    /** The format a "more" link asks for: the one of the query it continues. */
    static MultivaluedMap<String, String> effective(MultivaluedMap<String, String> parameters) {
        if (!parameters.containsKey("more")) {
            return parameters;
        }
        MultivaluedMap<String, String> original = new MultivaluedHashMap<>();
        decode(parameters.getFirst("more")).getJsonObject("p").forEach((name, value) ->
                original.add(name, ((JsonString) value).getString()));
        return original;
    }

    private static StatementQuery fromCursor(String token) {
        JsonObject cursor = decode(token);
        MultivaluedMap<String, String> original = new MultivaluedHashMap<>();
        cursor.getJsonObject("p").forEach((name, value) -> original.add(name, ((JsonString) value).getString()));
        return query(original).withAfter(cursor.getJsonNumber("after").longValue());
    }

    private static JsonObject decode(String token) {
        try (JsonReader reader = Jsons.createReader(new StringReader(
                new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8)))) {
            JsonObject cursor = reader.readObject();
            cursor.getJsonObject("p");
            cursor.getJsonNumber("after").longValue();
            return cursor;
        } catch (RuntimeException e) {
            throw new LrsException(Kind.BAD_REQUEST, "The more link is not one this LRS gave out");
        }
    }

    static String httpDate(String isoInstant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.parse(isoInstant).atOffset(ZoneOffset.UTC));
    }
}
