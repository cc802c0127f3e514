/**
 * The validation service and web page of {@code disclosure serve}: an HTTP server (Jetty) that
 * answers {@code /api/v1/…} for other systems and serves a page on which staff drop a report, see
 * it in the official layout with the cells a finding names marked, correct it in place and download
 * it.
 *
 * <p>{@link org.disclosurereport.server.ReportServer} is the server; what it does with a document
 * (recognise its format, read it, check it, print the findings, write it in another format) it asks
 * of a {@link org.disclosurereport.server.ReportEngine}, which the command-line tool supplies, so
 * that the service answers exactly as the tool does. Its limits are a {@link
 * org.disclosurereport.server.ServerLimits}. Everything else is internal.
 */
package org.disclosurereport.server;
