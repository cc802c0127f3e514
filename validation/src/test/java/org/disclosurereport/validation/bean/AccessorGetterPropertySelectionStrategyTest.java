package org.disclosurereport.validation.bean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.junit.jupiter.api.Test;

class AccessorGetterPropertySelectionStrategyTest {
  private final AccessorGetterPropertySelectionStrategy strategy =
      new AccessorGetterPropertySelectionStrategy();

  @Test
  void accessorsAndJavaBeansGettersAreProperties() {
    assertEquals(Optional.of("organName"), strategy.getProperty(method("organName", String.class)));
    assertEquals(
        Optional.of("organName"), strategy.getProperty(method("getOrganName", String.class)));
    assertEquals(Optional.of("blank"), strategy.getProperty(method("isBlank", boolean.class)));
    assertEquals(Optional.of("issued"), strategy.getProperty(method("issued", Long.class)));
  }

  @Test
  void methodsWithParametersOrNoResultAndObjectMethodsAreNot() {
    assertEquals(
        Optional.empty(), strategy.getProperty(method("cell", String.class, String.class)));
    assertEquals(Optional.empty(), strategy.getProperty(method("run", void.class)));
    assertEquals(Optional.empty(), strategy.getProperty(method("hashCode", int.class)));
    assertEquals(Optional.empty(), strategy.getProperty(method("toString", String.class)));
    assertEquals(Optional.empty(), strategy.getProperty(method("getClass", Class.class)));
    assertEquals(Optional.of("island"), strategy.getProperty(method("island", String.class)));
  }

  @Test
  void candidatesIncludeTheAccessorName() {
    assertEquals(
        List.of("title", "getTitle", "isTitle"), strategy.getGetterMethodNameCandidates("title"));
  }

  private static ConstrainableExecutable method(String name, Class<?> result, Class<?>... params) {
    return new ConstrainableExecutable() {
      @Override
      public Class<?> getReturnType() {
        return result;
      }

      @Override
      public String getName() {
        return name;
      }

      @Override
      public Class<?>[] getParameterTypes() {
        return params;
      }
    };
  }
}
