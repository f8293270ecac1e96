/** What every context's web layer shares: the HTTP request, and checks of what people type into forms. */
package org.carelearn.platform.web;
