/** The use cases of the competency context: publishing frameworks, setting requirements, recording evidence. */
package org.carelearn.competency.application;
