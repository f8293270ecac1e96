/**
 * Assignment: who must take what, by when. Standing rules assign a course or a curriculum to a target (a
 * person, a manager's team or line, a department, a job role) with a due policy and, for recurring training,
 * recertification; each person a rule reaches gets a requirement, and one course required by several rules is
 * one requirement with the earliest due date. It talks to learning only through learning's application
 * service ("enrol this person", "their enrolments") and the {@code CourseCompleted} event, and reads people
 * through staff's application service; learning and staff know nothing of it.
 */
package org.carelearn.assignment;
