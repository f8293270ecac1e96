/** The learner's REST API: their enrolments, enrolling, and launching an AU. */
package org.carelearn.learning.rest;
