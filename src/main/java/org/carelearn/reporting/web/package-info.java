/** Leadership's report pages and their CSV and XLSX exports. */
package org.carelearn.reporting.web;
