/** The admin's mail log and a person's reminder setting. */
package org.carelearn.notification.web;
