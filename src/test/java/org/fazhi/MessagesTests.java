package org.fazhi;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message key a page uses exists, so no page ever shows {@code ??key_zh_CN??} instead of Chinese text. */
class MessagesTests {

    private static final Path RESOURCES = Path.of("src", "main", "resources");
    private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[(}]");

    @Test
    void everyTemplateKeyIsDefined() throws IOException {
        Properties messages = new Properties();
        try (Stream<Path> files = Files.list(RESOURCES.resolve("i18n"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    messages.load(reader);
                }
            }
        }
        List<String> missing = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
            for (Path template : templates.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = KEY.matcher(Files.readString(template));
                while (m.find()) {
                    if (!messages.containsKey(m.group(1))) {
                        missing.add(RESOURCES.relativize(template) + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).as("message keys used in templates but defined in no i18n/*.properties").isEmpty();
    }

    /** A bundle the application does not load would pass the check above yet show raw keys on every page. */
    @Test
    void everyBundleIsLoadedByTheApplication() throws IOException {
        String config = Files.readString(RESOURCES.resolve("application.yaml"));
        Matcher m = Pattern.compile("basename: (.+)").matcher(config);
        assertThat(m.find()).isTrue();
        List<String> loaded = List.of(m.group(1).trim().split(","));
        try (Stream<Path> files = Files.list(RESOURCES.resolve("i18n"))) {
            List<String> bundles = files.map(f -> "i18n/" + f.getFileName().toString().replace(".properties", ""))
                    .toList();
            assertThat(loaded).containsAll(bundles);
        }
    }
}
