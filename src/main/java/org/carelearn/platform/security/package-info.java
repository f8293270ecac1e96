/** Who is acting: the four roles, and the signed-in person and address behind a request. */
package org.carelearn.platform.security;
