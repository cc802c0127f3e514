package org.disclosurereport.testkit.internal;

import org.disclosurereport.model.OrganLevel;
import org.disclosurereport.testkit.Entropy;

/**
 * Draws the codes that published pages carry about an organ: an administrative division code, a
 * unified social credit code and the index number of the page. They have the shape of real codes
 * (the credit code even has a valid check character, per GB 32100-2015) without being any real
 * organ's on purpose.
 */
public final class OrganCodes {
  /** The 31 characters of credit codes, in the order of their values. */
  private static final String CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  /** The weights of the 17 characters before the check character. */
  private static final int[] CREDIT_WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  private OrganCodes() {}

  /**
   * Draws a six-digit division code for a level: a province's code ends in {@code 0000}, a city's
   * in {@code 00}; the national level and townships use the code of a province and a county.
   *
   * @param entropy the source of choices
   * @param level the organ's level
   * @return the code
   */
  public static String division(Entropy entropy, OrganLevel level) {
    int province = entropy.intBetween(11, 65);
    int city = entropy.intBetween(1, 30);
    int county = entropy.intBetween(1, 40);
    return switch (level) {
      case NATIONAL -> "110000";
      case PROVINCIAL -> String.format("%02d0000", province);
      case MUNICIPAL -> String.format("%02d%02d00", province, city);
      default -> String.format("%02d%02d%02d", province, city, county);
    };
  }

  /**
   * Draws the unified social credit code of an organ (registration authority {@code 1},
   * organisation type {@code 1}) in a division.
   *
   * @param entropy the source of choices
   * @param division the six-digit division code
   * @return the 18-character code
   */
  public static String credit(Entropy entropy, String division) {
    StringBuilder code = new StringBuilder("11").append(division);
    for (int i = 0; i < 9; i++) {
      code.append(
          CREDIT_CHARS.charAt(entropy.intBetween(0, i < 8 ? 9 : CREDIT_CHARS.length() - 1)));
    }
    return code.append(checkCharacter(code)).toString();
  }

  /**
   * Returns the credit code of another organ of the same division: the first digit of the
   * organisation code moved on by one, with the check character that follows.
   *
   * @param creditCode a code made by {@link #credit(Entropy, String)}
   * @return a different valid code
   */
  public static String another(String creditCode) {
    StringBuilder code = new StringBuilder(creditCode.substring(0, 17));
    code.setCharAt(8, (char) ('0' + (code.charAt(8) - '0' + 1) % 10));
    return code.append(checkCharacter(code)).toString();
  }

  /**
   * Returns the check character of the first 17 characters of a credit code.
   *
   * @param first17 the characters before the check character
   * @return the check character
   */
  static char checkCharacter(CharSequence first17) {
    int sum = 0;
    for (int i = 0; i < CREDIT_WEIGHTS.length; i++) {
      sum += CREDIT_CHARS.indexOf(first17.charAt(i)) * CREDIT_WEIGHTS[i];
    }
    return CREDIT_CHARS.charAt((31 - sum % 31) % 31);
  }

  /**
   * Draws the index number of the page a report is published on: {@code 014416330/2021-00012} from
   * a nine-digit organisation code, or {@code <credit code>/202101-00012} when the organ has a
   * credit code and the draw says so.
   *
   * @param entropy the source of choices
   * @param creditCode the organ's credit code, or null
   * @param publicationYear the year the report is published
   * @return the index number
   */
  public static String indexNumber(Entropy entropy, String creditCode, int publicationYear) {
    int sequence = entropy.intBetween(1, 99_999);
    if (creditCode != null && entropy.chance(50)) {
      return String.format(
          "%s/%d%02d-%05d", creditCode, publicationYear, entropy.intBetween(1, 3), sequence);
    }
    StringBuilder organisation = new StringBuilder();
    for (int i = 0; i < 9; i++) {
      organisation.append((char) ('0' + entropy.intBetween(0, 9)));
    }
    return String.format("%s/%d-%05d", organisation, publicationYear, sequence);
  }
}
