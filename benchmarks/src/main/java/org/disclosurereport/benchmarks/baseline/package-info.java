/**
 * What a user would write without the SDK: a mutable POJO of the canonical JSON shape, read and
 * written with plain Jackson databind. The benchmarks measure the SDK against it.
 */
package org.disclosurereport.benchmarks.baseline;
