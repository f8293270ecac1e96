/** The admins' pages of the LRS: its clients and its statements. */
package org.carelearn.xapi.web;
