/** The clock and the hospital's time zone: instants in storage, local time on screen. */
package org.carelearn.platform.time;
