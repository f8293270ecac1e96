package org.carelearn.xapi.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import gov.adlnet.xapi.client.ActivityClient;
import gov.adlnet.xapi.model.ActivityState;
import gov.adlnet.xapi.model.Agent;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.UUID;
import org.carelearn.testing.DeployedCareLearn;
import org.carelearn.testing.Lrs;
import org.junit.jupiter.api.Test;

/** State documents through jxapi's ActivityClient: what a cmi5 course does to resume a learner. */
class DocumentsIT extends DeployedCareLearn {

    /**
     * jxapi puts the agent JSON into the query string without percent-encoding it, which a strict server
     * refuses; re-encoding the URL before connecting is the documented workaround (shared/STACK.md).
     */
    static final class EncodingActivityClient extends ActivityClient {

        EncodingActivityClient(String endpoint) throws IOException {
            super(endpoint, Lrs.KEY, Lrs.SECRET);
        }

        @Override
        protected HttpURLConnection initializeConnection(URL url) throws IOException {
            try {
                URI encoded = new URI(url.getProtocol(), url.getAuthority(), url.getPath(), url.getQuery(), null);
                return super.initializeConnection(encoded.toURL());
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        }
    }

    @Test
    void aStateDocumentIsStoredMergedReadAndDeleted() throws IOException {
        ActivityClient client = new EncodingActivityClient(new Lrs(base).endpoint());
        Agent learner = new Agent("Aisha Bello", "mailto:aisha.bello." + UUID.randomUUID() + "@lindenridge.example");
        String activity = "https://carelearn.example/courses/empathetic-communication/au/listening";
        ActivityState state = new ActivityState(activity, "https://carelearn.example/state/progress", learner);
        JsonObject progress = new JsonObject();
        progress.addProperty("page", "nurse-statements");
        state.setState(progress);
        assertTrue(client.putActivityState(state));

        JsonObject more = new JsonObject();
        more.addProperty("seconds", 420);
        ActivityState update = new ActivityState(activity, "https://carelearn.example/state/progress", learner);
        update.setState(more);
        assertTrue(client.postActivityState(update), "POST merges into the stored JSON object");

        JsonObject read = client.getActivityState(new ActivityState(activity, "https://carelearn.example/state/progress",
                learner));
        assertEquals("nurse-statements", read.get("page").getAsString());
        assertEquals(420, read.get("seconds").getAsInt());

        assertTrue(client.deleteActivityState(new ActivityState(activity, "https://carelearn.example/state/progress",
                learner)));
        assertEquals(0, client.getActivityStates(activity, learner, null, null).size());
    }
}
