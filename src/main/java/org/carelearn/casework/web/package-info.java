/** The case pages: the list with its clock, the intake form and the case itself. */
package org.carelearn.casework.web;
