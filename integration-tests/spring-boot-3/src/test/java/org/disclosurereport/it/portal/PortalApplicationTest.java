package org.disclosurereport.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.serialization.Formatting;
import org.disclosurereport.serialization.ReportJson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The portal on Spring Boot 3 (Jackson 2): the shared contract, and the application's mapper. */
class PortalApplicationTest extends PortalContract {
  @Autowired private ObjectMapper applicationMapper;

  @Override
  protected Object parse(String json) throws Exception {
    return applicationMapper.readValue(json, Object.class);
  }

  @Test
  void theApplicationsOwnMapperHasTheReportModule() throws Exception {
    AnnualReport read =
        applicationMapper.readValue(resource("luoning-2020.json"), AnnualReport.class);
    assertEquals(2020, read.metadata().reportYear().getAsInt());
    byte[] canonical = ReportJson.create().writeBytes(read, Formatting.COMPACT);
    assertEquals(
        new String(canonical, StandardCharsets.UTF_8), applicationMapper.writeValueAsString(read));
  }
}
