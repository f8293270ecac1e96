/** /api/assignments: rules, curricula and people's requirements over REST, in records; no entity leaves. */
package org.carelearn.assignment.rest;
