package org.disclosurereport.it.portal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;
import org.disclosurereport.model.AnnualReport;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Takes reports and, to show that other classes validate as before, contacts. */
@RestController
public class PortalController {
  /** A DTO of the application's own, with messages that interpolate the rejected value. */
  public record Contact(
      @NotBlank(message = "{contact.name.blank}") String name,
      @Email(message = "{contact.email.invalid}") String email) {}

  @PostMapping("/reports")
  public Map<String, Object> accept(@RequestBody @Valid AnnualReport report) {
    return Map.of(
        "organName",
        report.metadata().organName().orElseThrow(),
        "reportYear",
        report.metadata().reportYear().getAsInt());
  }

  @PostMapping("/contacts")
  public Map<String, Object> contact(@RequestBody @Valid Contact contact) {
    return Map.of("name", contact.name());
  }

  /** The application's own handler of validation errors, as portals have them. */
  @ExceptionHandler(MethodArgumentNotValidException.class)
  public ResponseEntity<Map<String, Object>> invalid(MethodArgumentNotValidException e) {
    List<String> messages =
        e.getBindingResult().getAllErrors().stream().map(x -> x.getDefaultMessage()).sorted().toList();
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("messages", messages));
  }
}
