/** JPA storage of the learning model, and certificates rendered as PDF (OpenPDF). */
package org.carelearn.learning.infrastructure;
