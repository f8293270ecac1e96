/**
 * The learning model: {@link org.carelearn.learning.domain.Enrolment}, {@link
 * org.carelearn.learning.domain.LaunchSession} with cmi5's session rules ({@link
 * org.carelearn.learning.domain.SessionRules}), and {@link org.carelearn.learning.domain.CourseProgress}, which
 * derives satisfaction from statements alone.
 */
package org.carelearn.learning.domain;
