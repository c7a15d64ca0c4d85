package org.gongkai.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The folders of a build, shared by {@code build} and {@code serve}: content in, templates, site out. */
final class SiteOptions {

    @Parameters(index = "0", arity = "0..1", paramLabel = "CONTENT_DIR", description = "内容目录（默认 content）")
    Path content = Path.of("content");

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "输出目录（默认 site）")
    Path output = Path.of("site");

    @Option(names = "--templates", paramLabel = "DIR", description = "模板目录（默认 templates）")
    Path templates;

    /** The templates folder given, or the default one. */
    Path templates() {
        return Locations.templates(templates);
    }
}
