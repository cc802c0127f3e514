package org.disclosurereport.serialization;

import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void print() {
    var r = SeedReport.luoning2020();
    String json = ReportJson.create().write(r, Formatting.PRETTY);
    System.out.println(json);
    String xml = ReportXml.create().write(r, Formatting.PRETTY);
    System.out.println(xml);
    System.out.println(ReportJson.create().write(r, Formatting.COMPACT));
    var back = ReportJson.create().read(json);
    System.out.println(back + " eq=" + r.equals(back.report().orElse(null)));
    var backX = ReportXml.create().read(xml);
    System.out.println(backX + " eq=" + r.equals(backX.report().orElse(null)));
    backX.findings().forEach(f -> System.out.println(f.ruleId() + " " + f.messageEn()));
  }
}
