package org.disclosurereport.it.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A portal that accepts annual reports, configured by nothing but the starter. */
@SpringBootApplication
public class PortalApplication {
  public static void main(String[] args) {
    SpringApplication.run(PortalApplication.class, args);
  }
}
