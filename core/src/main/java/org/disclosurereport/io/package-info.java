/**
 * Writing files safely: {@link org.disclosurereport.io.AtomicFiles}, the one way every module of
 * the SDK and its tools writes a file, so that no failure leaves a target truncated.
 */
package org.disclosurereport.io;
