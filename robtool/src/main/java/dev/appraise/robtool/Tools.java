package dev.appraise.robtool;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.appraise.core.InputFormatException;
import dev.appraise.core.InputProblem;
import dev.appraise.core.model.RiskOfBiasLevel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The shipped risk-of-bias tools and the reader of user-defined tools.
 *
 * <p>Shipped tools ({@link #ids()}): {@code rob1} (Cochrane RoB 1, Higgins et al., BMJ 2011;343:d5928),
 * {@code rob2} and {@code rob2-adhering} (RoB 2 for individually randomised parallel-group trials, effect of
 * assignment and effect of adhering, Sterne et al., BMJ 2019;366:l4898), {@code robins-i} (Sterne et al., BMJ
 * 2016;355:i4919) and {@code quadas-2} (Whiting et al., Ann Intern Med 2011;155:529-536). Their questions are short
 * paraphrases; the tools' own wording is in their publications.
 *
 * <p>A tool in JSON is an object {@code {"id", "name", "reference"?, "levels": [labels], "overallRule"?:
 * "worst-domain"|"rob2"|"none", "algorithm"?, "domains": [{"id", "name", "shortName"?, "kind"?:
 * "risk-of-bias"|"applicability", "questions"?: [{"id", "text", "answers": ["Y", "PY", ...]}]}]}}; every problem
 * is reported with its JSON pointer.
 */
public final class Tools {

  private static final List<String> IDS = List.of("rob1", "rob2", "rob2-adhering", "robins-i", "quadas-2");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Map<String, Tool> SHIPPED = new ConcurrentHashMap<>();

  private Tools() {}

  /** {@return the identifiers of the shipped tools} */
  public static List<String> ids() {
    return IDS;
  }

  /**
   * Loads a shipped tool.
   *
   * @param id one of {@link #ids()}, ignoring case
   * @return the tool
   * @throws IllegalArgumentException naming the identifier and the known ones if there is no such tool
   */
  public static Tool load(String id) {
    String key = id.strip().toLowerCase(Locale.ROOT);
    if (!IDS.contains(key)) {
      throw new IllegalArgumentException("no risk-of-bias tool '" + id + "'; known tools are " + IDS);
    }
    return SHIPPED.computeIfAbsent(key, Tools::loadResource);
  }

  private static Tool loadResource(String key) {
    String resource = "tools/" + key + ".json";
    try (InputStream in = Tools.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("tool resource missing from the jar: " + resource);
      }
      return read(in, resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Cochrane RoB 1 with or without an item for selection bias in cohort studies.
   *
   * @param item where the cohort selection item goes
   * @return the tool; its id is {@code rob1} whatever the option, so that judgements stay comparable
   */
  public static Tool rob1(CohortSelectionItem item) {
    Tool rob1 = load("rob1");
    ToolDomain cohort =
        ToolDomain.builder()
            .id(item == CohortSelectionItem.REPLACES_OTHER_BIAS ? "D7" : "D8")
            .name("Selection bias in cohort studies (recruitment of patients and controls, diagnosis, history of"
                + " the disease in healthy controls)")
            .shortName("Cohort selection")
            .build();
    switch (item) {
      case NONE:
        return rob1;
      case ADDED:
        return Tool.builder().from(rob1).addDomains(cohort).build();
      case REPLACES_OTHER_BIAS:
        List<ToolDomain> domains = new ArrayList<>(rob1.domains());
        domains.set(domains.size() - 1, cohort);
        return Tool.builder().from(rob1).domains(domains).build();
      default:
        throw new AssertionError(item);
    }
  }

  /**
   * Reads a tool from a JSON file.
   *
   * @param path the file
   * @return the tool
   * @throws InputFormatException listing every problem with its JSON pointer
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Tool read(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, path.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a tool from JSON.
   *
   * @param in the JSON document
   * @param source the name of the input for messages, e.g. the file name
   * @return the tool
   * @throws InputFormatException listing every problem with its JSON pointer
   */
  public static Tool read(InputStream in, String source) {
    JsonNode root;
    try {
      root = MAPPER.readTree(in);
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      throw new InputFormatException(
          source,
          List.of(
              InputProblem.of(
                  "line " + (loc == null ? "?" : loc.getLineNr()) + ", column " + (loc == null ? "?" : loc.getColumnNr()),
                  "malformed JSON: " + e.getOriginalMessage())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<InputProblem> problems = new ArrayList<>();
    if (root == null || !root.isObject()) {
      throw new InputFormatException(source, List.of(InputProblem.of("", "a tool must be a JSON object")));
    }
    Tool.Builder tool = Tool.builder();
    text(root, "", "id", problems).ifPresent(tool::id);
    text(root, "", "name", problems).ifPresent(tool::name);
    optionalText(root, "", "reference", problems).ifPresent(tool::reference);
    optionalText(root, "", "algorithm", problems).ifPresent(tool::algorithm);
    optionalText(root, "", "overallRule", problems)
        .ifPresent(
            rule -> {
              switch (rule) {
                case "worst-domain":
                  tool.overallRule(OverallRule.WORST_DOMAIN);
                  break;
                case "rob2":
                  tool.overallRule(OverallRule.ROB2);
                  break;
                case "none":
                  tool.overallRule(OverallRule.NONE);
                  break;
                default:
                  problems.add(InputProblem.of("/overallRule", "unknown rule '" + rule + "', expected worst-domain, rob2 or none"));
              }
            });
    JsonNode levels = array(root, "", "levels", problems, true);
    if (levels != null) {
      for (int i = 0; i < levels.size(); i++) {
        String pointer = "/levels/" + i;
        JsonNode l = levels.get(i);
        Optional<RiskOfBiasLevel> level = l.isTextual() ? RiskOfBiasLevel.parse(l.asText()) : Optional.empty();
        if (level.isEmpty()) {
          problems.add(InputProblem.of(pointer, "unknown level " + l));
        } else {
          tool.addLevels(level.get());
        }
      }
    }
    JsonNode domains = array(root, "", "domains", problems, true);
    if (domains != null) {
      for (int i = 0; i < domains.size(); i++) {
        domain(domains.get(i), "/domains/" + i, problems).ifPresent(tool::addDomains);
      }
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!List.of("id", "name", "reference", "algorithm", "overallRule", "levels", "domains").contains(name)) {
        problems.add(InputProblem.of("/" + name, "unknown field"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InputFormatException(source, problems);
    }
    try {
      return tool.build();
    } catch (IllegalArgumentException e) {
      throw new InputFormatException(source, List.of(InputProblem.of("", e.getMessage())));
    }
  }

  private static Optional<ToolDomain> domain(JsonNode node, String pointer, List<InputProblem> problems) {
    if (!node.isObject()) {
      problems.add(InputProblem.of(pointer, "a domain must be a JSON object"));
      return Optional.empty();
    }
    int before = problems.size();
    ToolDomain.Builder domain = ToolDomain.builder();
    text(node, pointer, "id", problems).ifPresent(domain::id);
    text(node, pointer, "name", problems).ifPresent(domain::name);
    optionalText(node, pointer, "shortName", problems).ifPresent(domain::shortName);
    optionalText(node, pointer, "kind", problems)
        .ifPresent(
            kind -> {
              if (kind.equals("risk-of-bias")) {
                domain.kind(DomainKind.RISK_OF_BIAS);
              } else if (kind.equals("applicability")) {
                domain.kind(DomainKind.APPLICABILITY);
              } else {
                problems.add(InputProblem.of(pointer + "/kind", "unknown kind '" + kind + "', expected risk-of-bias or applicability"));
              }
            });
    JsonNode questions = array(node, pointer, "questions", problems, false);
    if (questions != null) {
      for (int i = 0; i < questions.size(); i++) {
        question(questions.get(i), pointer + "/questions/" + i, problems).ifPresent(domain::addQuestions);
      }
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    try {
      return Optional.of(domain.build());
    } catch (IllegalArgumentException e) {
      problems.add(InputProblem.of(pointer, e.getMessage()));
      return Optional.empty();
    }
  }

  private static Optional<SignallingQuestion> question(JsonNode node, String pointer, List<InputProblem> problems) {
    if (!node.isObject()) {
      problems.add(InputProblem.of(pointer, "a question must be a JSON object"));
      return Optional.empty();
    }
    int before = problems.size();
    SignallingQuestion.Builder q = SignallingQuestion.builder();
    text(node, pointer, "id", problems).ifPresent(q::id);
    text(node, pointer, "text", problems).ifPresent(q::text);
    JsonNode answers = array(node, pointer, "answers", problems, true);
    if (answers != null) {
      for (int i = 0; i < answers.size(); i++) {
        JsonNode a = answers.get(i);
        Optional<Answer> answer = a.isTextual() ? Answer.parse(a.asText()) : Optional.empty();
        if (answer.isEmpty()) {
          problems.add(InputProblem.of(pointer + "/answers/" + i, "unknown answer " + a));
        } else {
          q.addAnswers(answer.get());
        }
      }
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    try {
      return Optional.of(q.build());
    } catch (IllegalArgumentException e) {
      problems.add(InputProblem.of(pointer, e.getMessage()));
      return Optional.empty();
    }
  }

  private static Optional<String> text(JsonNode node, String pointer, String field, List<InputProblem> problems) {
    JsonNode value = node.get(field);
    if (value == null) {
      problems.add(InputProblem.of(pointer + "/" + field, "missing"));
      return Optional.empty();
    }
    return checkedText(value, pointer, field, problems);
  }

  private static Optional<String> optionalText(JsonNode node, String pointer, String field, List<InputProblem> problems) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : checkedText(value, pointer, field, problems);
  }

  private static Optional<String> checkedText(JsonNode value, String pointer, String field, List<InputProblem> problems) {
    if (!value.isTextual() || value.asText().isBlank()) {
      problems.add(InputProblem.of(pointer + "/" + field, "expected a non-blank string, was " + value));
      return Optional.empty();
    }
    return Optional.of(value.asText());
  }

  private static @Nullable JsonNode array(
      JsonNode node, String pointer, String field, List<InputProblem> problems, boolean required) {
    JsonNode value = node.get(field);
    if (value == null) {
      if (required) {
        problems.add(InputProblem.of(pointer + "/" + field, "missing"));
      }
      return null;
    }
    if (!value.isArray()) {
      problems.add(InputProblem.of(pointer + "/" + field,
          "expected an array, was " + value.getNodeType().toString().toLowerCase(Locale.ROOT)));
      return null;
    }
    return value;
  }
}
