package org.gongkai.cli;

import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Default folders: relative to the working directory, with templates falling back to the installation's own so
 * that a publisher's content folder needs no copy of them, and the program runs from any folder. The installation
 * is GONGKAI_HOME (set by the launcher), or else found from where the program itself is: beside the jar, or one
 * folder up, as target/gongkai.jar sits in the project.
 */
final class Locations {

    private static final String TEMPLATES = "templates";

    private Locations() {}

    /** The templates folder given, or the default one; a folder that is not there is a {@link CommandFailure}. */
    static Path templates(Path given) {
        if (given == null) {
            return templates(installations());
        }
        if (!Files.isDirectory(given)) {
            throw new CommandFailure("找不到模板目录：" + given.toAbsolutePath().normalize()
                    + "。请检查路径，或用 --templates DIR 指定存在的模板目录。");
        }
        return given;
    }

    /** The working directory's templates folder, or else the first of {@code installations}' own. */
    static Path templates(List<Path> installations) {
        Path local = Path.of(TEMPLATES);
        if (Files.isDirectory(local)) {
            return local;
        }
        for (Path installation : installations) {
            if (Files.isDirectory(installation.resolve(TEMPLATES))) {
                return installation.resolve(TEMPLATES);
            }
        }
        String searched = installations.isEmpty() ? ""
                : "，gongkai 的安装目录（" + installations.stream().map(Path::toString).collect(Collectors.joining("、"))
                        + "）中也没有";
        throw new CommandFailure("找不到模板目录：" + local.toAbsolutePath() + "。当前目录下没有 templates 目录" + searched
                + "。请用 --templates DIR 指定模板目录，或设置环境变量 GONGKAI_HOME 为 gongkai 的安装目录。");
    }

    /** Where the program may be installed: GONGKAI_HOME, then the folder of the running jar and the one above it. */
    static List<Path> installations() {
        List<Path> found = new ArrayList<>();
        Optional.ofNullable(System.getenv("GONGKAI_HOME")).filter(home -> !home.isBlank()).map(Path::of)
                .ifPresent(found::add);
        codeLocation().map(Path::getParent).ifPresent(folder -> {
            found.add(folder);
            Optional.ofNullable(folder.getParent()).ifPresent(found::add);
        });
        return found;
    }

    /** The jar, or the classes folder, that this class was loaded from. */
    private static Optional<Path> codeLocation() {
        CodeSource source = Locations.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(source.getLocation().toURI()).toAbsolutePath().normalize());
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }
}
