/**
 * The learning use cases: enrolling, launching an AU (cmi5 section 8), the fetch URL, the session rules
 * plugged into the LRS, deriving progress from statements, waivers, transcripts and certificates.
 */
package org.carelearn.learning.application;
