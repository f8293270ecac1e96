/**
 * Pages of the staff directory and of signing in: one backing bean per page, named after what the page
 * does. Beans call the application services; they never touch the database.
 */
package org.carelearn.staff.web;
