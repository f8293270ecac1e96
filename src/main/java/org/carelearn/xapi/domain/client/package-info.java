/** The systems allowed to use the LRS, with their keys and what each may do, and where they are kept. */
package org.carelearn.xapi.domain.client;
