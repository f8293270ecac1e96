/** The LRS's use cases: storing and finding statements, and managing the clients allowed to do so. */
package org.carelearn.xapi.application;
