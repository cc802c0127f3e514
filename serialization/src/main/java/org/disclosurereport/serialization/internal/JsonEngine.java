package org.disclosurereport.serialization.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.disclosurereport.serialization.Limits;

/**
 * Builds the hardened JSON factory and mapper. Every strictness feature is set explicitly, since
 * Jackson 2 and 3 differ in several defaults; limits go on this factory only, never on Jackson's
 * global defaults.
 */
public final class JsonEngine {
  private static final JsonFactory DEFAULT_FACTORY = factory(Limits.defaults());

  private JsonEngine() {}

  /**
   * Returns a factory with the default limits, for parsing extension texts.
   *
   * @return the shared factory (thread-safe)
   */
  public static JsonFactory defaultFactory() {
    return DEFAULT_FACTORY;
  }

  /**
   * Builds a hardened JSON factory.
   *
   * @param limits the limits
   * @return a new factory
   */
  public static JsonFactory factory(Limits limits) {
    return JsonFactory.builder()
        .streamReadConstraints(constraints(limits))
        // Duplicate member names are an error, not "last one wins", but the readers find them
        // (CanonicalReader, TreeReader), since Jackson's check says what it found only in its
        // message.
        // A mapper turns Jackson's check on again (mapperBuilder).
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        // Do not copy document content into exception locations.
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .enable(StreamReadFeature.USE_FAST_BIG_NUMBER_PARSER)
        // RFC 8259 only: no comments, quotes other than ", NaN, leading zeros, trailing commas.
        .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
        .disable(JsonReadFeature.ALLOW_YAML_COMMENTS)
        .disable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
        .disable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
        .disable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
        .disable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
        .disable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
        .disable(JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS)
        .disable(JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS)
        .disable(JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .disable(JsonReadFeature.ALLOW_MISSING_VALUES)
        .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
        // Writing: amounts never in exponent form; keep non-ASCII as UTF-8, not \\u escapes.
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
        .disable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS)
        .build();
  }

  /**
   * Builds the stream read constraints of a set of limits; a violation throws a {@link
   * LimitConstraints.Exceeded} that names the limit.
   *
   * @param limits the limits
   * @return the constraints
   */
  public static StreamReadConstraints constraints(Limits limits) {
    return new LimitConstraints(
        StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxDocumentBytes())
            .maxNestingDepth(limits.maxNestingDepth())
            .maxTokenCount(limits.maxTokenCount())
            .maxStringLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxNameLength(limits.maxNameLength())
            .build());
  }

  /**
   * Builds a hardened JSON mapper around a hardened factory.
   *
   * @param factory a factory from {@link #factory(Limits)}
   * @return a new mapper builder, without modules
   */
  public static JsonMapper.Builder mapperBuilder(JsonFactory factory) {
    return strict(JsonMapper.builder(factory))
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  }

  /**
   * Sets every strictness feature of a mapper explicitly (JSON or XML), since Jackson 2 and 3
   * differ in several defaults: trailing tokens, unknown properties, null or a float for a whole
   * number, and single values for arrays are refused; there is no default typing.
   *
   * @param builder a mapper builder
   * @param <B> the builder type
   * @return the same builder
   */
  public static <B extends MapperBuilder<?, B>> B strict(B builder) {
    return builder
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
        .disable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
        .disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
        .enable(MapperFeature.BLOCK_UNSAFE_POLYMORPHIC_BASE_TYPES)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(SerializationFeature.INDENT_OUTPUT)
        .disable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }
}
