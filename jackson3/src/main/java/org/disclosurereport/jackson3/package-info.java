/**
 * The annual report for Jackson 3 ({@code tools.jackson}) mappers: {@link
 * org.disclosurereport.jackson3.DisclosureModule}, an adapter over the SDK's canonical JSON reader
 * and writer, found by {@code ServiceLoader}.
 */
package org.disclosurereport.jackson3;
