package org.disclosurereport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.disclosurereport.cli.internal.io.Toolkit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A command line the tool cannot run is told in the tool's vocabulary and the output's language,
 * whichever part of it is wrong: one line with the rule id, then the command's help, exit code 2,
 * and none of picocli's English wording.
 */
class UsageErrorsTest {
  /** Never read: each command line is refused before any file is. */
  private static final String SAMPLE = "report.json";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          convert SAMPLE --to pdf           | DR-C017 --to does not take pdf; it takes json, xml, html, txt, docx | DR-C017 --to 不接受取值 pdf；可用的取值为 json, xml, html, txt, docx
          render SAMPLE --to json           | DR-C017 --to does not take json; it takes html, docx | DR-C017 --to 不接受取值 json；可用的取值为 html, docx
          serve --port abc                  | DR-C017 --port does not take abc; it takes a whole number | DR-C017 --port 不接受取值 abc；可用的取值为 整数
          validate --blank foo SAMPLE       | DR-C017 --blank does not take foo; it takes error, both, zero | DR-C017 --blank 不接受取值 foo；可用的取值为 error, both, zero
          --lang=fr rules                   | DR-C017 --lang does not take fr; it takes zh, en | DR-C017 --lang 不接受取值 fr；可用的取值为 zh, en
          convert SAMPLE --to json --year 1800 | DR-C017 --year does not take 1800; it takes 2019–2999 | DR-C017 --year 不接受取值 1800；可用的取值为 2019–2999
          render SAMPLE --organ=            | DR-C017 --organ does not take ""; it takes a name that is not blank | DR-C017 --organ 不接受取值 ""；可用的取值为 非空的名称
          convert SAMPLE --to               | DR-C019 --to needs a value; it takes json, xml, html, txt, docx | DR-C019 --to 缺少取值；可用的取值为 json, xml, html, txt, docx
          validate SAMPLE --threads         | DR-C019 --threads needs a value; it takes a whole number | DR-C019 --threads 缺少取值；可用的取值为 整数
          convert SAMPLE                    | DR-C019 --to is required | DR-C019 缺少必需的 --to
          validate --foo SAMPLE             | DR-C018 --foo is not an option or argument of this command | DR-C018 --foo 不是此命令的选项或参数
          valdate SAMPLE                    | DR-C018 valdate is not an option or argument of this command; did you mean validate? | DR-C018 valdate 不是此命令的选项或参数；是否想输入 validate？
          convert SAMPLE --to json --to xml | DR-C020 --to takes one value and was given more than once | DR-C020 --to 只取一个值，却给出了不止一次
          """)
  void isToldInTheToolsWordsInEitherLanguage(String commandLine, String english, String chinese) {
    String[] args = commandLine.replace("SAMPLE", SAMPLE).split(" ");
    CliRun en = CliRun.run(Toolkit.standard(), Locale.ENGLISH, args);
    CliRun zh = CliRun.run(Toolkit.standard(), Locale.SIMPLIFIED_CHINESE, args);
    for (CliRun run : new CliRun[] {en, zh}) {
      assertEquals(ExitCodes.UNREADABLE, run.exitCode(), run::toString);
      assertEquals("", run.out(), run::toString);
      for (String notOurs :
          new String[] {
            "Invalid value",
            "Unknown option",
            "Missing required",
            "Unmatched",
            "\tat ",
            "defaultRep",
            "defaultOrg"
          }) {
        assertFalse(run.err().contains(notOurs), run::toString);
      }
    }
    assertTrue(en.err().startsWith(english), en::toString);
    assertTrue(en.err().contains("Usage:"), "the help follows: " + en);
    assertTrue(zh.err().startsWith(chinese), zh::toString);
    assertTrue(zh.err().contains("用法："), "the help follows, in Chinese: " + zh);
  }
}
