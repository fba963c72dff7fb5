package org.fazhi;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

/** Coding rules of DESIGN and style-anchors §3.2, checked on the production classes. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.fazhi");

    @Test
    void noFieldInjection() {
        NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(CLASSES);
    }

    @Test
    void noLegacyDate() {
        ArchRule rule = noClasses().should().dependOnClassesThat()
                .haveFullyQualifiedName("java.util.Date")
                .because("时间一律使用 java.time");
        rule.check(CLASSES);
    }

    @Test
    void noClocklessNow() {
        ArchRule rule = noClasses().should()
                .callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(java.time.LocalTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("时间必须来自注入的 java.time.Clock，测试才能固定时间");
        rule.check(CLASSES);
    }

    @Test
    void noStringConcatenatedUserInputInSql() {
        ArchRule rule = noClasses().should().callMethod(java.sql.Statement.class, "execute", String.class)
                .orShould().callMethod(java.sql.Statement.class, "executeQuery", String.class)
                .because("只允许参数化 SQL");
        rule.check(CLASSES);
    }

    /**
     * Spring names a component after its simple class name, so two modules each with a {@code @Service AnnualReports}
     * stop the application at start-up; this finds it without starting anything.
     */
    @Test
    void componentNamesAreUniqueAcrossModules() {
        java.util.Map<String, java.util.List<String>> byName = new java.util.TreeMap<>();
        CLASSES.stream()
                .filter(c -> c.isMetaAnnotatedWith(org.springframework.stereotype.Component.class))
                .filter(c -> c.getAnnotations().stream().noneMatch(a -> a.get("value").map(v -> !"".equals(v)).orElse(false)))
                .forEach(c -> byName.computeIfAbsent(c.getSimpleName(), k -> new java.util.ArrayList<>()).add(c.getName()));
        byName.values().removeIf(names -> names.size() < 2);
        org.assertj.core.api.Assertions.assertThat(byName).as("同名组件（Bean 名称冲突）").isEmpty();
    }
}
