/** What every context's web layer shares about the HTTP request. */
package org.carelearn.platform.web;
