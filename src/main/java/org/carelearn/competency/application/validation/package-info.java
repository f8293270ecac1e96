/**
 * Observed validation and the evidence people give by hand: administrators approve validators per competency, a
 * person or their manager requests a validation, validators work through their worklist and attest what they saw
 * with their password; people assess themselves, and managers attest prior learning with a document. Everything
 * is stored through {@link org.carelearn.competency.application.EvidenceLedger}, which checks the rules.
 */
package org.carelearn.competency.application.validation;
