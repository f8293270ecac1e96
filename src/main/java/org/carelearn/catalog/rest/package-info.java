/** /api/admin/courses: importing and reading the catalog over REST. */
package org.carelearn.catalog.rest;
