/** Writing the read models from the other contexts' application services, and the reports read from them. */
package org.carelearn.reporting.application;
