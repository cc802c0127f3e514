package org.disclosurereport.benchmarks.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.disclosurereport.benchmarks.GovernmentPage;
import org.disclosurereport.edition.Edition;
import org.disclosurereport.layout.HtmlRenderer;
import org.disclosurereport.layout.TextRenderer;
import org.disclosurereport.model.AnnualReport;
import org.disclosurereport.serialization.Formatting;
import org.disclosurereport.serialization.ReportJson;
import org.disclosurereport.serialization.ReportXml;
import org.disclosurereport.testkit.GeneratorConfig;
import org.disclosurereport.testkit.ReportGenerator;
import org.disclosurereport.testkit.random.RandomEntropy;

/**
 * The corpus of the campaign, kept in {@code src/test/resources} where Jazzer looks for it ({@code
 * ReadersFuzzTestInputs/<reader>/}): valid documents ({@code seed-*}), hand-made hostile ones
 * ({@code hostile-*}), and the inputs that once broke a reader ({@code crash-*}, written there by
 * Jazzer or copied from a failure of the fixed-seed campaign).
 *
 * <p>Seeds and hand-made inputs are generated here, from testkit reports with fixed seeds, and kept
 * as files that {@link SeedCorpusTest} compares with what this class generates now; when a format
 * changes, regenerate them with {@code mvn -B -q -pl benchmarks -am verify -Dtest=SeedCorpusTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dhostile.regenerateCorpus=true}.
 */
final class SeedCorpus {
  /** The resource folder of the corpus. */
  static final String FOLDER = "org/disclosurereport/benchmarks/hostile/ReadersFuzzTestInputs/";

  private SeedCorpus() {}

  /** The Jazzer method, and so the folder, of a reader. */
  static String method(DocumentReader reader) {
    return reader.name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Returns the files of a reader's corpus whose name starts with a prefix, from the test
   * classpath.
   */
  static List<Path> files(DocumentReader reader, String prefix) {
    URL url = SeedCorpus.class.getClassLoader().getResource(FOLDER + method(reader));
    if (url == null) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      return files.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The two reports the seeds are written from: one per edition, the 2019 one with blanks. */
  static List<AnnualReport> reports() {
    return List.of(
        ReportGenerator.of(
                GeneratorConfig.builder()
                    .edition(Edition.V2021)
                    .maxCount(5_000)
                    .maxTextLength(300)
                    .build())
            .generate(RandomEntropy.seeded(11)),
        ReportGenerator.of(
                GeneratorConfig.builder()
                    .edition(Edition.V2019)
                    .maxCount(5_000)
                    .maxTextLength(300)
                    .blankPercent(10)
                    .build())
            .generate(RandomEntropy.seeded(12)));
  }

  /** The valid documents of a reader, by file name. */
  static Map<String, byte[]> seeds(DocumentReader reader) {
    Map<String, byte[]> seeds = new LinkedHashMap<>();
    for (AnnualReport r : reports()) {
      String edition = r.edition().id();
      switch (reader) {
        case JSON ->
            seeds.put(
                "seed-" + edition + ".json",
                ReportJson.create()
                    .writeBytes(
                        r, edition.equals("2021") ? Formatting.PRETTY : Formatting.COMPACT));
        case XML ->
            seeds.put(
                "seed-" + edition + ".xml", ReportXml.create().writeBytes(r, Formatting.PRETTY));
        case HTML ->
            seeds.put(
                edition.equals("2021") ? "seed-2021.html" : "seed-2019-page.html",
                utf8(
                    edition.equals("2021")
                        ? HtmlRenderer.create().render(r)
                        : GovernmentPage.of(r)));
        case TEXT -> seeds.put("seed-" + edition + ".txt", utf8(TextRenderer.create().render(r)));
      }
    }
    return seeds;
  }

  /** The hand-made hostile documents of a reader, by file name. */
  static Map<String, byte[]> hostile(DocumentReader reader) {
    Map<String, byte[]> h = new LinkedHashMap<>();
    String head =
        "{\"schemaVersion\":1,\"edition\":\"2021\",\"metadata\":{\"organName\":\"某局\",\"reportYear\":2022}";
    String xmlHead =
        "<annualReport><schemaVersion>1</schemaVersion><edition>2021</edition>"
            + "<metadata><organName>某局</organName><reportYear>2022</reportYear></metadata>";
    switch (reader) {
      case JSON -> {
        h.put(
            "hostile-deep-arrays.json",
            utf8(head + ",\"x\":" + "[".repeat(20_000) + "]".repeat(20_000) + "}"));
        h.put(
            "hostile-deep-objects.json", utf8("{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000)));
        h.put(
            "hostile-huge-exponent.json",
            utf8(
                head
                    + ",\"tables\":{\"applications\":{\"granted\":{\"naturalPerson\":1e999999999}}}}"));
        h.put(
            "hostile-thousand-digits.json",
            utf8(
                head
                    + ",\"tables\":{\"applications\":{\"granted\":{\"naturalPerson\":"
                    + "9".repeat(1000)
                    + "}}}}"));
        h.put(
            "hostile-long-fraction.json",
            utf8(
                head
                    + ",\"tables\":{\"article20Item8\":{\"administrativeFees\":{\"feeAmount\":{\"value\":\"0."
                    + "0".repeat(5000)
                    + "1\",\"unit\":\"TEN_THOUSAND_YUAN\"}}}}}"));
        h.put("hostile-duplicate-keys.json", utf8(head + ",\"edition\":\"2019\"}"));
        h.put("hostile-utf16.json", (head + "}").getBytes(StandardCharsets.UTF_16));
        h.put(
            "hostile-utf32.json",
            (head + "}").getBytes(java.nio.charset.Charset.forName("UTF-32LE")));
        h.put(
            "hostile-overlong-utf8.json",
            concat(
                utf8(head + ",\"title\":\""), new byte[] {(byte) 0xC0, (byte) 0xA2}, utf8("\"}")));
        h.put("hostile-lone-surrogate.json", utf8(head + ",\"title\":\"\\ud800\"}}"));
        h.put("hostile-nul.json", utf8(head.replace("某局", "某\u0000局") + "}"));
        h.put("hostile-trailing.json", utf8(head + "}} " + "{}".repeat(1000)));
        h.put("hostile-truncated.json", utf8(head.substring(0, head.length() - 7)));
        h.put(
            "hostile-nulls.json",
            utf8("{\"schemaVersion\":null,\"edition\":null,\"metadata\":null,\"tables\":null}"));
        h.put(
            "hostile-wrong-types.json",
            utf8(
                "{\"schemaVersion\":\"1\",\"edition\":2021,\"metadata\":[],\"tables\":\"\",\"general\":{}}"));
        h.put("hostile-long-name.json", utf8(head + ",\"" + "名".repeat(20_000) + "\":1}"));
        h.put(
            "hostile-many-members.json",
            utf8(head + ",\"tables\":{\"applications\":{" + manyMembers(5_000) + "}}}"));
        h.put("hostile-empty.json", new byte[0]);
        h.put("hostile-binary.json", binary(4096));
      }
      case XML -> {
        h.put(
            "hostile-billion-laughs.xml",
            utf8(
                "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                    + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                    + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                    + "<annualReport><edition>&lol3;</edition></annualReport>"));
        h.put(
            "hostile-external-entity.xml",
            utf8(
                "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><annualReport><edition>&x;</edition></annualReport>"));
        h.put(
            "hostile-deep.xml",
            utf8(xmlHead + "<x>".repeat(20_000) + "</x>".repeat(20_000) + "</annualReport>"));
        h.put(
            "hostile-attributes.xml",
            utf8(
                xmlHead.replace("<annualReport>", "<annualReport " + attributes(10_000) + ">")
                    + "</annualReport>"));
        h.put(
            "hostile-thousand-digits.xml",
            utf8(
                xmlHead
                    + "<tables><applications><granted><naturalPerson>"
                    + "9".repeat(1000)
                    + "</naturalPerson></granted></applications></tables></annualReport>"));
        h.put(
            "hostile-huge-exponent.xml",
            utf8(
                xmlHead
                    + "<tables><applications><granted><naturalPerson>1e999999999</naturalPerson></granted></applications></tables></annualReport>"));
        h.put(
            "hostile-utf16.xml",
            ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + xmlHead + "</annualReport>")
                .getBytes(StandardCharsets.UTF_16));
        h.put(
            "hostile-declared-gbk.xml",
            ("<?xml version=\"1.0\" encoding=\"GBK\"?>" + xmlHead + "</annualReport>")
                .getBytes(java.nio.charset.Charset.forName("GBK")));
        h.put(
            "hostile-wrong-root.xml",
            utf8("<report>" + xmlHead.substring("<annualReport>".length()) + "</report>"));
        h.put("hostile-truncated.xml", utf8(xmlHead.substring(0, xmlHead.length() - 20)));
        h.put(
            "hostile-processing-instructions.xml",
            utf8(
                xmlHead.replace("<metadata>", "<?pi data?><metadata><!-- c -->")
                    + "<![CDATA[x]]></annualReport>"));
        h.put(
            "hostile-repeated-elements.xml",
            utf8(
                xmlHead
                    + "<tables>"
                    + "<applications/>".repeat(5_000)
                    + "</tables></annualReport>"));
        h.put("hostile-empty.xml", new byte[0]);
        h.put("hostile-binary.xml", binary(4096));
      }
      case HTML -> {
        String title = "<h1>某县人民政府2022年政府信息公开工作年度报告</h1>";
        h.put(
            "hostile-deep-divs.html",
            utf8("<html><body>" + title + "<div>".repeat(20_000) + "</body></html>"));
        h.put(
            "hostile-huge-spans.html",
            utf8(
                "<html><body>"
                    + title
                    + "<table><tr><td rowspan=\"2147483647\" colspan=\"1000\">规章</td><td rowspan=\"99999999\">1</td></tr></table></body></html>"));
        h.put(
            "hostile-wide-table.html",
            utf8(
                "<html><body>"
                    + title
                    + "<table><tr>"
                    + "<td colspan=\"1000\">9</td>".repeat(1000)
                    + "</tr></table></body></html>"));
        h.put(
            "hostile-long-table.html",
            utf8(
                "<html><body>"
                    + title
                    + "<table>"
                    + "<tr><td>行政许可</td><td>12</td></tr>".repeat(5_000)
                    + "</table></body></html>"));
        h.put(
            "hostile-huge-numbers.html",
            utf8(
                "<html><body>"
                    + title
                    + "<table><tr><td>行政许可</td><td>"
                    + "9".repeat(1000)
                    + "</td></tr><tr><td>行政处罚</td><td>1e999999999</td></tr><tr><td>行政强制</td><td>99,999,999,999,999,999</td></tr></table></body></html>"));
        h.put(
            "hostile-unclosed.html",
            utf8(
                "<html><body>" + title + "<table><tr><td>规章<td>1<tr><td>行政许可<td>2<table><tr><td>"));
        h.put(
            "hostile-script-labels.html",
            utf8(
                "<html><body>"
                    + title
                    + "<script>var t='<table><tr><td>行政许可</td><td>7</td></tr></table>';</script></body></html>"));
        h.put(
            "hostile-no-title.html",
            utf8("<html><body><table><tr><td>行政许可</td><td>7</td></tr></table></body></html>"));
        h.put("hostile-empty.html", new byte[0]);
        h.put("hostile-binary.html", binary(4096));
      }
      case TEXT -> {
        String title = "某县人民政府2022年政府信息公开工作年度报告\n";
        h.put("hostile-many-lines.txt", utf8(title + "行政许可\t12\n".repeat(10_000)));
        h.put("hostile-many-tabs.txt", utf8(title + "行政许可" + "\t1".repeat(50_000) + "\n"));
        h.put(
            "hostile-huge-numbers.txt",
            utf8(
                title
                    + "行政许可\t"
                    + "9".repeat(1000)
                    + "\n行政处罚\t1e999999999\n行政强制\t99,999,999,999,999,999\n"));
        h.put("hostile-long-line.txt", utf8(title + "规".repeat(50_000)));
        h.put(
            "hostile-separators.txt",
            utf8(title + "|||||||\n" + "    ".repeat(10_000) + "\n" + "｜".repeat(10_000)));
        h.put("hostile-no-title.txt", utf8("行政许可\t7\n"));
        h.put("hostile-empty.txt", new byte[0]);
        h.put("hostile-binary.txt", binary(4096));
      }
    }
    return h;
  }

  private static String manyMembers(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : ",").append("\"r").append(i).append("\":{}");
    }
    return sb.toString();
  }

  private static String attributes(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(" a").append(i).append("=\"1\"");
    }
    return sb.toString();
  }

  private static byte[] binary(int n) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(n);
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) random.nextInt(256);
    }
    return b;
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
