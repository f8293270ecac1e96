/** What My learning, My team and the home page show of requirements: due dates, overdue, rules behind them. */
package org.carelearn.assignment.web;
