/**
 * Fixed sample reports for tests, built in code, such as the seed report of 洛宁县人民政府 for 2020.
 * Generated reports are in the parent package; these are the few reports whose every figure a test
 * may name.
 */
package org.disclosurereport.testkit.samples;
