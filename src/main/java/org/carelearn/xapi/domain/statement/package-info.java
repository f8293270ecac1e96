/**
 * Statements as the LRS keeps them and hands them out: the stored statement and its repository, the GET
 * /statements query with its pages and formats, the admins' browsing, attachments, and what the Agents and
 * Activities resources read from statements (agent identity keys, persons, activity definitions).
 */
package org.carelearn.xapi.domain.statement;
