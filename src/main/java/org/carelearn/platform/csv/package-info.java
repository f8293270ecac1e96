/** Reading the CSV files people upload (HR feed, case files, patient-experience scores), one way for all. */
package org.carelearn.platform.csv;
