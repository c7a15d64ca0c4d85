package org.gongkai.build;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.gongkai.parallel.Threads;

/** Runs a build's tasks on every core it may use, returning their results in the tasks' order. */
record Cores(int threads) {

    <T> List<T> all(List<Callable<T>> tasks) throws IOException {
        return Threads.all("gongkai-render", threads, tasks, "构建被中断");
    }
}
