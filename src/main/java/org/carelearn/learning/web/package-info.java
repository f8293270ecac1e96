/** The learner's pages (My learning, the course player, the transcript) and the cmi5 fetch URL. */
package org.carelearn.learning.web;
