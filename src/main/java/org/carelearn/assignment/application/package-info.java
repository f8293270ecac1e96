/** Creating rules (with their preview), re-evaluating them when staff change, and reading requirements. */
package org.carelearn.assignment.application;
