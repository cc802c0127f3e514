/**
 * The annual report in Spring Boot applications: add {@code disclosure-spring-boot-starter} and a
 * controller taking {@code @RequestBody @Valid AnnualReport}. The starter registers the report's
 * Jackson module (Jackson 2 on Boot 3.5, Jackson 3 on Boot 4), puts the report's rules under
 * {@code @Valid} for {@code AnnualReport} alone, and answers a rejected or unreadable report as an
 * RFC 9457 problem ({@code application/problem+json}) listing the findings. Settings are in {@link
 * org.disclosurereport.spring.DisclosureProperties}.
 */
package org.disclosurereport.spring;
