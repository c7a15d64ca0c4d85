package org.gongkai.cli;

import static org.gongkai.cli.CliTest.gongkai;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.cli.CliTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gongkai generate} from the command line: a summary line, and never writing over someone's files unasked. */
class GenerateCommandTest {

    @TempDir
    Path temp;

    @Test
    void generatesAndSaysWhatItWrote() {
        Path out = temp.resolve("corpus");
        Run run = gongkai("generate", "-o", out.toString(), "--offices", "2", "--projects", "3", "--years", "2");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("已生成 " + out + "：2 个单位，12 个项目（2 个年度），"), run.out());
        assertTrue(Files.exists(out.resolve("site.yaml")));
        assertEquals(0, gongkai("check", out.toString()).code());
    }

    @Test
    void refusesANonEmptyDirectoryWithoutForce() throws IOException {
        Path out = Files.createDirectories(temp.resolve("content"));
        Path mine = Files.writeString(out.resolve("notes.txt"), "我的文件");
        Run run = gongkai("generate", "-o", out.toString(), "--offices", "1", "--projects", "1");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("不是空目录，未写入任何文件"), run.err());
        assertEquals(1, out.toFile().list().length);

        Run forced = gongkai("generate", "-o", out.toString(), "--offices", "1", "--projects", "1", "--force");
        assertEquals(0, forced.code(), forced.err());
        assertEquals("我的文件", Files.readString(mine), "--force removes only what generate writes");
    }

    @Test
    void forceReplacesAnEarlierCorpusWholly() {
        Path out = temp.resolve("corpus");
        assertEquals(0, gongkai("generate", "-o", out.toString(), "--offices", "5", "--projects", "1").code());
        assertEquals(0, gongkai("generate", "-o", out.toString(), "--offices", "1", "--projects", "1", "--force").code());
        assertEquals(1, out.resolve("offices").toFile().list().length, "no office left over from the larger run");
    }

    @Test
    void outOfRangeOptionsAreUsageErrors() {
        Run run = gongkai("generate", "-o", temp.resolve("x").toString(), "--projects", "0");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--projects 应在 1 到"), run.err());
        assertFalse(Files.exists(temp.resolve("x")));
    }
}
