package org.carelearn.platform.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.InputStream;
import java.io.Reader;
import java.util.Collection;
import java.util.Map;

/**
 * The factories of {@link jakarta.json.Json}, from one {@link JsonProvider} looked up once.
 *
 * <p>Each {@code Json.createObjectBuilder()}, {@code Json.createReader(...)} and so on calls
 * {@code JsonProvider.provider()} again, which searches the class path with a {@code ServiceLoader}; inside
 * WildFly that walks the deployment's jars through its virtual file system on every call. A profile of the LRS
 * under load (README, "LRS benchmarks") found 22 % of the server's CPU there, so every JSON object the application
 * builds or reads comes from here instead. The provider is stateless and thread-safe (Parsson's is), so one is
 * shared by all threads.
 */
public final class Jsons {

    /** Looked up with the class loader of the first caller's thread: the deployment's, as {@code Json} would. */
    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private Jsons() {
    }

    public static JsonObjectBuilder createObjectBuilder() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonObjectBuilder createObjectBuilder(JsonObject object) {
        return PROVIDER.createObjectBuilder(object);
    }

    public static JsonObjectBuilder createObjectBuilder(Map<String, ?> map) {
        return PROVIDER.createObjectBuilder(map);
    }

    public static JsonArrayBuilder createArrayBuilder() {
        return PROVIDER.createArrayBuilder();
    }

    public static JsonArrayBuilder createArrayBuilder(JsonArray array) {
        return PROVIDER.createArrayBuilder(array);
    }

    public static JsonArrayBuilder createArrayBuilder(Collection<?> collection) {
        return PROVIDER.createArrayBuilder(collection);
    }

    /** A JSON string; its {@code toString()} is the quoted, escaped text. */
    public static JsonString createValue(String value) {
        return PROVIDER.createValue(value);
    }

    public static JsonReader createReader(Reader reader) {
        return PROVIDER.createReader(reader);
    }

    public static JsonReader createReader(InputStream in) {
        return PROVIDER.createReader(in);
    }

    public static JsonParser createParser(Reader reader) {
        return PROVIDER.createParser(reader);
    }

    public static JsonParser createParser(InputStream in) {
        return PROVIDER.createParser(in);
    }

    public static JsonWriterFactory createWriterFactory(Map<String, ?> config) {
        return PROVIDER.createWriterFactory(config);
    }
}
