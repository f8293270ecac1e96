/**
 * The competency context's pages for observed validation: validators' approvals (admin), the validator's
 * worklist and the bedside validation form, and the validation and evidence part of a person's profile.
 */
package org.carelearn.competency.web;
