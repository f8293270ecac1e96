/** The catalog's pages and the servlet that serves the files of imported packages. */
package org.carelearn.catalog.web;
