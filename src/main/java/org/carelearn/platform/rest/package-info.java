/** The one JSON error shape of the REST API, and the mappers that produce it. */
package org.carelearn.platform.rest;
