/**
 * The rule engine behind {@link org.disclosurereport.validation.ReportValidator}: the catalogue's
 * definitions, one class per family of rules, the repair advisor and the catalogue's exports.
 *
 * <p>Not an API: nothing outside the validation module may use these classes (an architecture test
 * enforces it), and they may change in any release.
 */
package org.disclosurereport.validation.internal;
