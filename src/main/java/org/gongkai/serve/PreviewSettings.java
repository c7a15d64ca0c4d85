package org.gongkai.serve;

import java.nio.file.Path;

/** What to preview: the content and templates folders watched, the output folder served, and the port (0 for any free one). */
public record PreviewSettings(Path content, Path output, Path templates, int port) {}
