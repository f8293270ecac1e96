/** Recording events and searching the trail. */
package org.carelearn.audit.application;
