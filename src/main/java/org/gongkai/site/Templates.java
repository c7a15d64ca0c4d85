package org.gongkai.site;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The one FreeMarker configuration of a build: templates from the templates directory, HTML
 * auto-escaping on every template, and a template cache shared by all rendering threads.
 */
public final class Templates {

    private final Configuration configuration;
    private final Path directory;

    /** @throws TemplateFailure when {@code directory} is not a folder: FreeMarker would say so only in English */
    public Templates(Path directory) throws IOException {
        this.directory = directory;
        if (!Files.isDirectory(directory)) {
            throw new TemplateFailure("找不到模板目录：" + directory.toAbsolutePath().normalize()
                    + "。请恢复该目录，或指定完整的模板目录。", new NoSuchFileException(directory.toString()));
        }
        Configuration c = new Configuration(Configuration.VERSION_2_3_33);
        c.setDirectoryForTemplateLoading(directory.toFile());
        c.setDefaultEncoding("UTF-8");
        c.setOutputEncoding("UTF-8");
        // Every template escapes for HTML, whatever its file name: content text can never become markup.
        c.setOutputFormat(HTMLOutputFormat.INSTANCE);
        c.setRecognizeStandardFileExtensions(false);
        c.setLocale(Locale.SIMPLIFIED_CHINESE);
        c.setTimeZone(TimeZone.getTimeZone("Asia/Shanghai"));
        c.setNumberFormat("computer");
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setAPIBuiltinEnabled(false);
        try {
            c.setSharedVariable("contentPolicy", ContentPolicy.PAGE);
        } catch (TemplateModelException e) {
            throw new IllegalStateException("a string is always a shared variable", e);
        }
        this.configuration = c;
    }

    public Path directory() {
        return directory;
    }

    /**
     * Renders {@code template} with {@code model} into {@code file}, creating its folder, and returns the page, which
     * the build reads for its links.
     */
    public String render(String template, Object model, Path file) {
        try {
            StringWriter out = new StringWriter(1 << 14);
            configuration.getTemplate(template).process(model, out);
            String page = out.toString();
            Files.createDirectories(file.getParent());
            Files.writeString(file, page, StandardCharsets.UTF_8);
            return page;
        } catch (TemplateNotFoundException e) {
            throw new TemplateFailure("找不到模板 " + directory.resolve(template) + "。请检查 templates 目录是否完整。", e);
        } catch (TemplateException e) {
            throw new TemplateFailure("模板 " + template + " 出错（第 " + e.getLineNumber() + " 行）：" + e.getMessageWithoutStackTop(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A template that cannot be rendered: a fault of the templates, not of the content. */
    public static final class TemplateFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TemplateFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
