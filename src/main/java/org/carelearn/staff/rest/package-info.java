/** The staff directory's REST API: records in, records out, never entities. */
package org.carelearn.staff.rest;
