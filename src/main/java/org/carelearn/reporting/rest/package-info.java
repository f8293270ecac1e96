/** The administrators' command that rebuilds the read models. */
package org.carelearn.reporting.rest;
