/** The REST application, its one JSON error shape, and the mappers that produce it. */
package org.carelearn.platform.rest;
