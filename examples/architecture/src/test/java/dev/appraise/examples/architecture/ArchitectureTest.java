package dev.appraise.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@code docs/architecture.md}, checked on the compiled classes of every module:
 * packages free of cycles, modules that depend one way (core &lt;- robtool, grade, synthesis &lt;-
 * examples), every package {@code @NullMarked}, and public signatures that name only public,
 * non-generated types.
 */
class ArchitectureTest {

  private static final String[] LIBRARY = {
    "dev.appraise.core..",
    "dev.appraise.robtool..",
    "dev.appraise.grade..",
    "dev.appraise.synthesis.."
  };

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.appraise");
  }

  @Test
  void everyModuleIsImported() {
    List<String> missing = new ArrayList<>();
    for (String module : List.of("core", "robtool", "grade", "synthesis", "examples.review")) {
      if (classes.stream()
          .noneMatch(c -> c.getPackageName().startsWith("dev.appraise." + module))) {
        missing.add(module);
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("dev.appraise.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void coreDependsOnNoOtherModule() {
    noClasses()
        .that()
        .resideInAPackage("dev.appraise.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.appraise.robtool..",
            "dev.appraise.grade..",
            "dev.appraise.synthesis..",
            "dev.appraise.examples..")
        .check(classes);
  }

  @Test
  void topicModulesDependOnCoreOnly() {
    for (String module : List.of("robtool", "grade", "synthesis")) {
      List<String> others = new ArrayList<>();
      for (String other : List.of("robtool", "grade", "synthesis", "examples")) {
        if (!other.equals(module)) {
          others.add("dev.appraise." + other + "..");
        }
      }
      noClasses()
          .that()
          .resideInAPackage("dev.appraise." + module + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(others.toArray(String[]::new))
          .allowEmptyShould(true)
          .check(classes);
    }
  }

  @Test
  void everyPackageIsNullMarked() {
    classes()
        .that()
        .resideInAPackage("dev.appraise..")
        .should(beInANullMarkedPackage())
        .check(classes);
  }

  @Test
  void publicSignaturesNameOnlyPublicHandWrittenTypes() {
    ArchRule rule =
        classes()
            .that()
            .resideInAnyPackage(LIBRARY)
            .and()
            .arePublic()
            .and(notGenerated())
            .should(exposeOnlyPublicHandWrittenTypes());
    rule.check(classes);
  }

  @Test
  void publicTypeNamesDoNotClash() {
    java.util.Map<String, List<String>> byName = new java.util.TreeMap<>();
    for (JavaClass c : classes) {
      boolean library =
          c.getPackageName().matches("dev\\.appraise\\.(core|robtool|grade|synthesis)(\\..*)?");
      if (library && c.getModifiers().contains(JavaModifier.PUBLIC) && c.isTopLevelClass()) {
        byName.computeIfAbsent(c.getSimpleName(), n -> new ArrayList<>()).add(c.getName());
      }
    }
    List<String> clashes = new ArrayList<>();
    byName.forEach(
        (name, types) -> {
          if (types.size() > 1) {
            clashes.add(String.join(" and ", types));
          }
          for (String jdk : List.of("java.lang.", "java.util.", "java.util.function.")) {
            try {
              Class.forName(jdk + name, false, ArchitectureTest.class.getClassLoader());
              clashes.add(types.get(0) + " and " + jdk + name);
            } catch (ClassNotFoundException expected) {
              // no clash with this JDK package
            }
          }
        });
    assertThat(clashes).isEmpty();
  }

  private static DescribedPredicate<JavaClass> notGenerated() {
    return DescribedPredicate.describe(
        "are written by hand", c -> !c.getSimpleName().startsWith("Immutable"));
  }

  private static ArchCondition<JavaClass> beInANullMarkedPackage() {
    return new ArchCondition<>("reside in a @NullMarked package") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        boolean marked = c.getPackage().isAnnotatedWith(NullMarked.class);
        if (!marked) {
          events.add(
              SimpleConditionEvent.violated(
                  c,
                  "package " + c.getPackageName() + " of " + c.getName() + " is not @NullMarked"));
        }
      }
    };
  }

  private static ArchCondition<JavaClass> exposeOnlyPublicHandWrittenTypes() {
    return new ArchCondition<>("name only public, hand-written types in public signatures") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        for (JavaMember member : c.getMembers()) {
          if (!isVisible(member)) {
            continue;
          }
          for (JavaClass type : involvedTypes(member)) {
            if (isHidden(type)) {
              events.add(
                  SimpleConditionEvent.violated(
                      member,
                      member.getFullName()
                          + " names "
                          + type.getName()
                          + ", which users cannot see"));
            }
          }
        }
      }
    };
  }

  private static boolean isVisible(JavaMember member) {
    Set<JavaModifier> modifiers = member.getModifiers();
    boolean visible =
        modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    return visible
        && !modifiers.contains(JavaModifier.SYNTHETIC)
        && !modifiers.contains(JavaModifier.BRIDGE);
  }

  private static Set<JavaClass> involvedTypes(JavaMember member) {
    List<JavaType> types = new ArrayList<>();
    if (member instanceof JavaField field) {
      types.add(field.getType());
    } else if (member instanceof JavaCodeUnit unit) {
      types.add(unit.getReturnType());
      types.addAll(unit.getParameterTypes());
      types.addAll(unit.getExceptionTypes());
    }
    Set<JavaClass> raw = new java.util.LinkedHashSet<>();
    for (JavaType t : types) {
      raw.addAll(t.getAllInvolvedRawTypes());
    }
    return raw;
  }

  private static boolean isHidden(JavaClass type) {
    if (!type.getPackageName().startsWith("dev.appraise")) {
      return false;
    }
    if (type.isArray()) {
      return isHidden(type.getBaseComponentType());
    }
    return type.getSimpleName().startsWith("Immutable")
        || !type.getModifiers().contains(JavaModifier.PUBLIC);
  }
}
