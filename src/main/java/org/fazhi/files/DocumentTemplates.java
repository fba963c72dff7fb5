package org.fazhi.files;

import org.fazhi.shared.BusinessException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where docx templates come from (文书模板): {@code fazhi.files.template-dir/<name>.docx} when a county has put its own
 * version there, otherwise the built-in {@code classpath:doc-templates/<name>.docx}. Modules add templates by adding
 * files under {@code src/main/resources/doc-templates/}.
 */
@Component
class DocumentTemplates {

    /** Template names are file names we build ourselves: no path can be smuggled in. */
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    private final Path overrideDir;

    DocumentTemplates(FilesSettings settings) {
        this.overrideDir = settings.templateDir() == null ? null : Path.of(settings.templateDir());
    }

    byte[] load(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw BusinessException.invalid("模板名称“" + name + "”不合法");
        }
        try {
            if (overrideDir != null && Files.isRegularFile(overrideDir.resolve(name + ".docx"))) {
                return Files.readAllBytes(overrideDir.resolve(name + ".docx"));
            }
            ClassPathResource resource = new ClassPathResource("doc-templates/" + name + ".docx");
            if (!resource.exists()) {
                throw BusinessException.invalid("文书模板“" + name + "”不存在");
            }
            try (InputStream in = resource.getInputStream()) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取文书模板 " + name, e);
        }
    }
}
