/** The competency context over REST, for administrators and the hospital's other systems. */
package org.carelearn.competency.rest;
