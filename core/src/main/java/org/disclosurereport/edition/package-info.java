/**
 * The national format of the annual report, described once, as data.
 *
 * <p>Each {@link org.disclosurereport.edition.Edition} carries an {@link
 * org.disclosurereport.edition.EditionSpec}: its six sections, its tables, every row and column
 * with a stable English key and its official Chinese label, each cell's kind, and every sum
 * relation between cells. This package is the single source of truth of the project: the model, the
 * validators, the serializers, the readers, the renderers and the generators all derive what they
 * know of the format from here, so that no label and no sum is written twice.
 */
package org.disclosurereport.edition;
