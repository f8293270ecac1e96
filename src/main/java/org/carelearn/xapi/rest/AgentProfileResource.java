package org.carelearn.xapi.rest;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MultivaluedMap;
import org.carelearn.xapi.domain.document.DocumentScope;

/** /xapi/agents/profile (xAPI 1.0.3, Part Three, 2.6): documents about one agent, shared by the clients that know it. */
@Path("agents/profile")
public class AgentProfileResource extends ProfileResource {

    @Override
    protected String scopeParameter() {
        return "agent";
    }

    @Override
    protected DocumentScope scope(MultivaluedMap<String, String> parameters) {
        return DocumentScope.agentProfile(DocumentParameters.agentKey(parameters));
    }
}
