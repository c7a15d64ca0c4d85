/**
 * Parallel work of the build, shared by the stages that spread it over every core: rendering, the search export
 * and hashing the output. One place says how threads are made, how a task's failure reaches the caller, and that
 * stopping waits for them.
 */
package org.gongkai.parallel;
