/** The competency context's pages: backing beans for frameworks, profiles, grids and validation. */
package org.carelearn.competency.web;
