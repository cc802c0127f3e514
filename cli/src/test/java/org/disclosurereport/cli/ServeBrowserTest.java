package org.disclosurereport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.disclosurereport.cli.internal.Fixtures;
import org.disclosurereport.cli.internal.io.Toolkit;
import org.disclosurereport.edition.CellAddress;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.model.CellValue;
import org.disclosurereport.server.ReportServer;
import org.disclosurereport.server.ServerLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page of {@code disclosure serve} as staff use it, in a real headless Chromium driven by
 * Selenium: upload the sample and see it valid; upload a broken report, see its cell marked and its
 * finding listed, click the finding; correct the cell on the page and see the finding clear;
 * download the JSON and find the correction in it; switch language. The downloads are each read
 * back: the findings as JSON and CSV, the corrected report as JSON, XML, the official layout and
 * Word (read with the documents reader). The edition chosen on the page is the one read.
 * Screenshots are kept in {@code target/} as build artifacts.
 *
 * <p>Skipped, saying why, only when no Chromium and chromium-driver can be found ({@code
 * CHROMIUM_BIN} and {@code CHROMEDRIVER_BIN} name them when they are not on the usual paths).
 */
@Timeout(180)
class ServeBrowserTest {
  /** The cell the broken report gets wrong: （七）总计 / 自然人, reported 5 where the rows add up to 0. */
  private static final CellAddress BROKEN =
      CellAddress.of("applications", "resultsTotal", "naturalPerson");

  private static final ObjectMapper JSON = new ObjectMapper();

  private static ReportServer server;
  private static WebDriver driver;
  private static String base;

  @TempDir static Path dir;

  @BeforeAll
  static void start() throws Exception {
    Optional<Path> chromium =
        find(
            "CHROMIUM_BIN",
            "/usr/bin/chromium",
            "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");
    Optional<Path> chromedriver =
        find("CHROMEDRIVER_BIN", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    Assumptions.assumeTrue(
        chromium.isPresent() && chromedriver.isPresent(),
        "No browser: the page's browser tests need Chromium and chromium-driver (Debian: apt-get install chromium"
            + " chromium-driver; .ci/run installs them); found chromium "
            + chromium
            + ", chromedriver "
            + chromedriver);
    server =
        ReportServer.start(
            new ToolEngine(Toolkit.standard(), 32L << 20), "127.0.0.1", 0, ServerLimits.defaults());
    base = "http://127.0.0.1:" + server.port();
    Files.createDirectories(dir.resolve("downloads"));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.get().toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        "--user-data-dir=" + dir.resolve("profile"),
        "--window-size=1400,1000",
        "--lang=zh-CN");
    Map<String, Object> prefs = new HashMap<>();
    prefs.put("download.default_directory", dir.resolve("downloads").toString());
    prefs.put("download.prompt_for_download", false);
    options.setExperimentalOption("prefs", prefs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver.get().toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() throws Exception {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.stop();
    }
  }

  private static Optional<Path> find(String variable, String... paths) {
    String given = System.getenv(variable);
    return Stream.concat(Stream.ofNullable(given), Stream.of(paths))
        .map(Path::of)
        .filter(Files::isExecutable)
        .findFirst();
  }

  /**
   * Waits for a condition; an element replaced while the page re-renders (the language switch
   * reloads the page) is looked up again rather than failing the wait.
   */
  private static org.openqa.selenium.support.ui.FluentWait<WebDriver> waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(20))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
  }

  private static void upload(Path file) {
    driver.get(base + "/");
    driver.findElement(By.id("file")).sendKeys(file.toString());
    driver.findElement(By.id("check")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#status.status")));
  }

  private static WebElement cell(CellAddress address) {
    return driver.findElement(By.cssSelector("td[data-cell='" + address + "']"));
  }

  private static void screenshot(String name) throws Exception {
    Path target = Path.of("target", name);
    Files.createDirectories(target.getParent());
    Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void theSampleIsValid() throws Exception {
    Path sample = dir.resolve("luoning-2020.json");
    Files.write(sample, ServeApiTest.sample());
    upload(sample);
    WebElement status = driver.findElement(By.id("status"));
    assertTrue(
        status.getAttribute("class").contains("valid")
            && !status.getAttribute("class").contains("invalid"),
        status.getText());
    assertTrue(
        driver.findElements(By.cssSelector("td.finding-error, td.finding-warning")).isEmpty());
    assertTrue(driver.findElement(By.tagName("h1")).getText().contains("检查"), "Chinese by default");
    assertFalse(driver.findElements(By.cssSelector("#report td[data-cell]")).isEmpty());
    screenshot("serve-page-valid.png");
  }

  @Test
  void aBrokenCellIsMarkedListedCorrectedAndDownloaded() throws Exception {
    AnnualReport valid = Fixtures.valid();
    Map<CellAddress, CellValue> cells = new java.util.LinkedHashMap<>(valid.cells());
    cells.put(BROKEN, CellValue.count(5));
    Path broken = dir.resolve("broken.json");
    Files.write(broken, Fixtures.json(AnnualReport.copyOf(valid).withCells(cells)));
    upload(broken);

    // The cell is marked as an error, its finding shows on hover and in the list.
    WebElement td = cell(BROKEN);
    assertTrue(td.getAttribute("class").contains("finding-error"), td.getAttribute("class"));
    assertTrue(td.getAttribute("title").contains("DR-V102"), td.getAttribute("title"));
    assertTrue(driver.findElement(By.id("status")).getAttribute("class").contains("invalid"));
    WebElement finding =
        driver.findElement(
            By.cssSelector("#findings-list li.finding.error[data-cell='" + BROKEN + "']"));
    assertTrue(finding.getText().contains("DR-V102"), finding.getText());
    assertTrue(finding.getText().contains("5"), finding.getText());
    WebElement group = finding.findElement(By.xpath("ancestor::section[1]/h3"));
    assertEquals(
        driver.findElement(By.cssSelector("#report section#applications > h2")).getText(),
        group.getText(),
        "findings are grouped under the section's official heading");
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", td);
    screenshot("serve-page-findings.png");

    // A click on the finding brings its cell into view and focus.
    finding.findElement(By.cssSelector("p.message")).click();
    waiting().until(d -> cell(BROKEN).equals(d.switchTo().activeElement()));

    // Correcting the cell on the page clears the finding.
    new Actions(driver)
        .click(td)
        .keyDown(Keys.CONTROL)
        .sendKeys("a")
        .keyUp(Keys.CONTROL)
        .sendKeys("0")
        .perform();
    waiting()
        .until(
            d -> {
              String c = d.findElement(By.id("status")).getAttribute("class");
              return c.contains("valid") && !c.contains("invalid");
            });
    assertTrue(driver.findElements(By.cssSelector("td.finding-error")).isEmpty());
    assertTrue(driver.findElements(By.cssSelector("#findings-list li.finding")).isEmpty());
    assertEquals("0", cell(BROKEN).getText().trim());

    // The downloaded JSON holds the correction.
    driver.findElement(By.cssSelector("button[data-download='json']")).click();
    Path downloaded = dir.resolve("downloads").resolve("report.json");
    waiting().until(d -> Files.exists(downloaded) && sizeOf(downloaded) > 0);
    JsonNode json = JSON.readTree(downloaded.toFile());
    assertEquals(
        0,
        json.at(org.disclosurereport.finding.JsonPointer.ofCell(BROKEN).toString()).asInt(-1),
        json.at("/tables/applications").toString());
    assertEquals(
        valid.metadata().organName().orElseThrow(), json.at("/metadata/organName").asText());

    // Switching language keeps the corrected report.
    driver.findElement(By.id("lang-en")).click();
    waiting().until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    assertEquals("Annual report check", driver.findElement(By.tagName("h1")).getText());
    assertEquals("0", cell(BROKEN).getText().trim());
    WebElement status = driver.findElement(By.id("status"));
    assertTrue(
        status.getAttribute("class").contains("valid")
            && !status.getAttribute("class").contains("invalid"),
        status.getText());
    screenshot("serve-page-english.png");
  }

  @Test
  void aDroppedFileIsChecked() throws Exception {
    driver.get(base + "/?lang=en");
    // What the browser does when a file is dropped: a drop event whose DataTransfer holds it.
    ((JavascriptExecutor) driver)
        .executeScript(
            "const data = new DataTransfer();"
                + "data.items.add(new File([arguments[0]], 'dropped.json', {type: 'application/json'}));"
                + "document.getElementById('drop').dispatchEvent("
                + "new DragEvent('drop', {dataTransfer: data, bubbles: true, cancelable: true}));",
            new String(ServeApiTest.sample(), java.nio.charset.StandardCharsets.UTF_8));
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#status.status")));
    WebElement status = driver.findElement(By.id("status"));
    assertTrue(status.getText().startsWith("dropped.json"), status.getText());
    assertTrue(
        status.getAttribute("class").contains("valid")
            && !status.getAttribute("class").contains("invalid"),
        status.getText());
  }

  @Test
  void aRepairHintIsAppliedOnRequest() throws Exception {
    AnnualReport valid = Fixtures.valid();
    Map<CellAddress, CellValue> cells = new java.util.LinkedHashMap<>(valid.cells());
    cells.put(BROKEN, CellValue.count(7));
    Path broken = dir.resolve("hint.json");
    Files.write(broken, Fixtures.json(AnnualReport.copyOf(valid).withCells(cells)));
    upload(broken);
    WebElement apply =
        driver.findElement(
            By.cssSelector("#findings-list button.apply[data-cell='" + BROKEN + "']"));
    assertEquals("0", apply.getAttribute("data-suggested"));
    new Actions(driver).moveToElement(apply).perform();
    assertTrue(
        cell(BROKEN).getAttribute("class").contains("hint-target"),
        "the page shows which cell the hint changes");
    apply.click();
    waiting()
        .until(
            d -> {
              String c = d.findElement(By.id("status")).getAttribute("class");
              return c.contains("valid") && !c.contains("invalid");
            });
    assertEquals("0", cell(BROKEN).getText().trim());
  }

  private static long sizeOf(Path p) {
    try {
      return Files.size(p);
    } catch (java.io.IOException e) {
      return 0;
    }
  }

  @Test
  void anEmptyFormIsFilledIn() throws Exception {
    driver.get(base + "/form?edition=2021&lang=en");
    List<WebElement> blanks =
        driver.findElements(By.cssSelector("#report td.finding-error[data-cell]"));
    int figures = driver.findElements(By.cssSelector("#report td[data-cell]")).size();
    assertEquals(figures, blanks.size(), "every figure of an empty form is a blank, an error");
    WebElement first = blanks.get(0);
    String address = first.getAttribute("data-cell");
    new Actions(driver).click(first).sendKeys("0").perform();
    waiting().until(d -> !cellBy(d, address).getAttribute("class").contains("finding-error"));
    JsonNode json =
        JSON.readTree(
            ((JavascriptExecutor) driver)
                .executeScript("return document.getElementById('report-json').value")
                .toString());
    String[] parts = address.split("/");
    assertEquals(
        0,
        json.at(
                org.disclosurereport.finding.JsonPointer.ofCell(
                        CellAddress.of(parts[0], parts[1], parts[2]))
                    .toString())
            .asInt(-1),
        address);

    // The details and the text are edited in the panel above the report.
    driver.findElement(By.cssSelector("#editor > summary")).click();
    WebElement organ = driver.findElement(By.id("edit-metadata-organName"));
    organ.clear();
    organ.sendKeys("示例县人民政府");
    WebElement general = driver.findElements(By.cssSelector("#editor textarea")).get(0);
    general.sendKeys("本年度主动公开信息。");
    waiting()
        .until(
            d ->
                d.findElement(By.cssSelector("#report h1")) != null
                    && readJson(d).at("/metadata/organName").asText().equals("示例县人民政府"));
    assertTrue(readJson(driver).toString().contains("本年度主动公开信息。"));
  }

  /** Sends the browser's downloads to a fresh folder, so that no earlier file shadows a new one. */
  private static Path downloadsTo(String name) throws Exception {
    Path folder = Files.createDirectories(dir.resolve(name));
    ((ChromeDriver) driver)
        .executeCdpCommand(
            "Browser.setDownloadBehavior",
            Map.of("behavior", "allow", "downloadPath", folder.toString()));
    return folder;
  }

  /** Clicks a download button and waits for its file to be complete. */
  private static byte[] download(Path folder, String button, String fileName) throws Exception {
    driver.findElement(By.cssSelector("button[data-download='" + button + "']")).click();
    Path file = folder.resolve(fileName);
    waiting()
        .until(
            d -> {
              try (Stream<Path> all = Files.list(folder)) {
                // Chromium writes to a .crdownload file and renames it when done.
                return Files.exists(file)
                    && sizeOf(file) > 0
                    && all.noneMatch(p -> p.toString().endsWith(".crdownload"));
              } catch (java.io.IOException e) {
                return false;
              }
            });
    return Files.readAllBytes(file);
  }

  private static void correctTo(CellAddress address, String value) {
    new Actions(driver)
        .click(cell(address))
        .keyDown(Keys.CONTROL)
        .sendKeys("a")
        .keyUp(Keys.CONTROL)
        .sendKeys(value)
        .perform();
    waiting()
        .until(
            d -> {
              String c = d.findElement(By.id("status")).getAttribute("class");
              return c.contains("valid") && !c.contains("invalid");
            });
  }

  @Test
  void theFindingsAreDownloadedAsJsonAndCsv() throws Exception {
    AnnualReport valid = Fixtures.valid();
    Map<CellAddress, CellValue> cells = new java.util.LinkedHashMap<>(valid.cells());
    cells.put(BROKEN, CellValue.count(5));
    Path broken = dir.resolve("findings-broken.json");
    Files.write(broken, Fixtures.json(AnnualReport.copyOf(valid).withCells(cells)));
    driver.get(base + "/?lang=en");
    driver.findElement(By.id("file")).sendKeys(broken.toString());
    driver.findElement(By.id("check")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#status.status")));
    Path folder = downloadsTo("findings-downloads");

    JsonNode findings = JSON.readTree(download(folder, "findings-json", "findings.json")).get(0);
    assertFalse(findings.get("valid").asBoolean());
    JsonNode error = null;
    for (JsonNode f : findings.get("findings")) {
      if (f.get("ruleId").asText().equals("DR-V102")) {
        error = f;
      }
    }
    assertTrue(error != null, findings.toString());
    assertEquals("ERROR", error.get("severity").asText());
    assertEquals("resultsTotal", error.at("/location/row").asText());
    assertEquals("naturalPerson", error.at("/location/column").asText());
    assertEquals(5, error.get("reported").asInt());

    String csv =
        new String(
            download(folder, "findings-csv", "findings.csv"),
            java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(csv.startsWith("\ufeffruleId,severity,section,table,row,column"), csv);
    List<String> rows = List.of(csv.substring(1).split("\r\n"));
    assertEquals(
        findings.get("findings").size() + 1, rows.size(), "a header and one row per finding");
    String row =
        rows.stream()
            .filter(r -> r.startsWith("DR-V102,"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(csv));
    assertTrue(
        row.startsWith("DR-V102,ERROR,applications,applications,resultsTotal,naturalPerson,"), row);
    assertTrue(row.contains(",5,0,"), "reported and expected: " + row);
  }

  @Test
  void theCorrectedReportIsDownloadedAsJsonXmlHtmlAndWord() throws Exception {
    AnnualReport valid = Fixtures.valid();
    Map<CellAddress, CellValue> cells = new java.util.LinkedHashMap<>(valid.cells());
    cells.put(BROKEN, CellValue.count(5));
    Path broken = dir.resolve("report-broken.json");
    Files.write(broken, Fixtures.json(AnnualReport.copyOf(valid).withCells(cells)));
    upload(broken);
    correctTo(BROKEN, "0");
    Path folder = downloadsTo("report-downloads");
    String pointer = org.disclosurereport.finding.JsonPointer.ofCell(BROKEN).toString();

    JsonNode json = JSON.readTree(download(folder, "json", "report.json"));
    assertEquals(0, json.at(pointer).asInt(-1), json.at("/tables/applications").toString());

    org.disclosurereport.document.ReadResult xml =
        org.disclosurereport.serialization.ReportXml.create()
            .read(download(folder, "xml", "report.xml"));
    assertTrue(xml.isClean(), xml.toString());
    assertEquals(CellValue.count(0), xml.report().orElseThrow().cells().get(BROKEN));
    assertEquals(AnnualReport.copyOf(valid).withCells(corrected(cells)), xml.report().get());

    String html =
        new String(
            download(folder, "html", "report.html"), java.nio.charset.StandardCharsets.UTF_8);
    org.disclosurereport.document.ReadResult page =
        org.disclosurereport.layout.PublishedReportReader.create().readHtml(html);
    assertEquals(
        CellValue.count(0), page.report().orElseThrow().cells().get(BROKEN), page.toString());
    assertEquals(valid.metadata().organName(), page.report().get().metadata().organName());

    WebElement word = driver.findElement(By.cssSelector("button[data-download='docx']"));
    assertTrue(word.getText().contains("Word"), word.getText());
    byte[] docx = download(folder, "docx", "report.docx");
    assertEquals('P', docx[0], "a .docx is a zip package");
    assertEquals('K', docx[1]);
    org.disclosurereport.document.ReadResult readBack =
        org.disclosurereport.documents.DocumentReader.create().read(docx);
    AnnualReport fromWord = readBack.report().orElseThrow(() -> new AssertionError(readBack));
    assertEquals(CellValue.count(0), fromWord.cells().get(BROKEN));
    assertEquals(valid.metadata().organName(), fromWord.metadata().organName());
    assertEquals(valid.metadata().reportYear(), fromWord.metadata().reportYear());
    for (CellAddress a : valid.spec().cells()) {
      assertEquals(
          corrected(cells).getOrDefault(a, CellValue.blank()),
          fromWord.cells().getOrDefault(a, CellValue.blank()),
          "the Word document holds every figure as corrected: " + a);
    }
  }

  private static Map<CellAddress, CellValue> corrected(Map<CellAddress, CellValue> cells) {
    Map<CellAddress, CellValue> m = new java.util.LinkedHashMap<>(cells);
    m.put(BROKEN, CellValue.count(0));
    return m;
  }

  @Test
  void theEditionChosenOnThePageIsApplied() throws Exception {
    AnnualReport report =
        Fixtures.valid("示例县人民政府", org.disclosurereport.edition.Edition.V2021, 2022);
    Path page = dir.resolve("edition-2021.html");
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    Toolkit.standard()
        .writer(org.disclosurereport.document.DocumentFormat.HTML)
        .orElseThrow()
        .write(report, out);
    Files.write(page, out.toByteArray());

    driver.get(base + "/?lang=en");
    assertEquals(
        "auto",
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("edition")))
            .getFirstSelectedOption()
            .getAttribute("value"),
        "detection by default");
    driver.findElement(By.id("file")).sendKeys(page.toString());
    driver.findElement(By.id("check")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#status.status")));
    assertEquals("2021", shownEdition());
    assertTrue(driver.findElement(By.id("status")).getAttribute("class").contains("valid"));

    driver.get(base + "/?lang=en");
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("edition")))
        .selectByValue("2019");
    driver.findElement(By.id("file")).sendKeys(page.toString());
    driver.findElement(By.id("check")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#status.status")));
    assertEquals("2019", shownEdition(), "read as the edition chosen");
    assertTrue(driver.findElement(By.id("status")).getAttribute("class").contains("invalid"));
    assertEquals("2019", driver.findElement(By.id("result")).getAttribute("data-edition"));
    assertEquals(
        "2019",
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("edition")))
            .getFirstSelectedOption()
            .getAttribute("value"),
        "the page keeps the choice");

    // Switching language keeps the choice too.
    driver.findElement(By.id("lang-zh")).click();
    waiting().until(d -> "zh-CN".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    assertEquals(
        "2019",
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("edition")))
            .getFirstSelectedOption()
            .getAttribute("value"));
    assertEquals("2019", shownEdition());
  }

  /** The edition of the report the page shows, as the API's answer embedded in it says. */
  private static String shownEdition() throws Exception {
    Object text =
        ((JavascriptExecutor) driver)
            .executeScript("return document.getElementById('findings-json').value");
    return JSON.readTree(text.toString()).get(0).get("edition").asText();
  }

  private static JsonNode readJson(WebDriver d) {
    try {
      return JSON.readTree(
          ((JavascriptExecutor) d)
              .executeScript("return document.getElementById('report-json').value")
              .toString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static WebElement cellBy(WebDriver d, String address) {
    return d.findElement(By.cssSelector("td[data-cell='" + address + "']"));
  }
}
