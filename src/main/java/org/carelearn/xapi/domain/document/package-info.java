/**
 * State, agent profile and activity profile documents (xAPI 1.0.3 Part Three, 2.2): what addresses one,
 * their repository, JSON merge on POST, entity tags and the If-Match / If-None-Match preconditions.
 */
package org.carelearn.xapi.domain.document;
