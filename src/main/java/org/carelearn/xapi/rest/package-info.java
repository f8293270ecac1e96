/**
 * The xAPI 1.0.3 resources under /xapi: HTTP Basic authentication by LRS client, the version header,
 * statements, documents (state, activity and agent profiles), activities, agents and "about". The servlet
 * container leaves /xapi to these filters (web.xml).
 */
package org.carelearn.xapi.rest;
