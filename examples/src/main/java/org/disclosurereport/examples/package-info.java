/**
 * Runnable examples of the SDK, starting with the report the project started from: the 2020 report
 * of 洛宁县人民政府 in the 2019 edition, built in code by the testkit's {@code SampleReports}, which every
 * module's tests share.
 */
package org.disclosurereport.examples;
