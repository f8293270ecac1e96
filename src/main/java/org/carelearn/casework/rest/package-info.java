/** /api/cases: intake, search, a case, its work, its letter and the import from the hospital's complaint system. */
package org.carelearn.casework.rest;
