package org.disclosurereport.testkit.jazzer;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.lang.reflect.Proxy;

/**
 * A stand-in for Jazzer's provider that needs no native library: {@code consumeLong(min, max)}
 * takes eight bytes at a time from an array, like libFuzzer's provider, and returns {@code min}
 * once the bytes run out. Other methods are not used by {@link JazzerEntropy} and fail.
 */
final class BytesProvider {
  private BytesProvider() {}

  static FuzzedDataProvider of(byte[] input) {
    int[] position = {0};
    return (FuzzedDataProvider)
        Proxy.newProxyInstance(
            FuzzedDataProvider.class.getClassLoader(),
            new Class<?>[] {FuzzedDataProvider.class},
            (proxy, method, args) -> {
              if (!method.getName().equals("consumeLong") || args == null || args.length != 2) {
                throw new UnsupportedOperationException(method.getName());
              }
              long min = (Long) args[0];
              long max = (Long) args[1];
              if (position[0] >= input.length) {
                return min;
              }
              long raw = 0;
              for (int i = 0; i < 8 && position[0] < input.length; i++) {
                raw = (raw << 8) | (input[position[0]++] & 0xff);
              }
              long range = max - min;
              return range == Long.MAX_VALUE || range < 0
                  ? min + raw
                  : min + Long.remainderUnsigned(raw, range + 1);
            });
  }
}
