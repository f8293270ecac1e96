/** Use cases of casework: intake, the case's work, search and print, the CSV import; every one audited. */
package org.carelearn.casework.application;
