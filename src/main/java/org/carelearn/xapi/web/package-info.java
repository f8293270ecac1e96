/** The admins' pages of the LRS: its clients, its statements and their forwarding to another LRS. */
package org.carelearn.xapi.web;
