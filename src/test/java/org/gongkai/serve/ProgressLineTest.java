package org.gongkai.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A build's progress is silent for its first second, then printed at most once a second. */
class ProgressLineTest {

    @Test
    void printsAfterASecondAndThenOnceASecond() {
        AtomicLong now = new AtomicLong(5_000_000_000L);
        StringWriter text = new StringWriter();
        ProgressLine progress = new ProgressLine(new PrintWriter(text), now::get);
        progress.disclosureDone(1, 2000);
        now.addAndGet(900_000_000L);
        progress.disclosureDone(100, 2000);
        now.addAndGet(200_000_000L);
        progress.disclosureDone(120, 2000);
        now.addAndGet(500_000_000L);
        progress.disclosureDone(300, 2000);
        now.addAndGet(600_000_000L);
        progress.disclosureDone(500, 2000);
        assertEquals("已处理 120/2000 份公开文件…\n已处理 500/2000 份公开文件…\n", text.toString());
    }
}
