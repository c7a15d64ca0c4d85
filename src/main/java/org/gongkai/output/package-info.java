/**
 * The output folder and its work folder: which folder a build may write ({@link org.gongkai.output.OutputFolder}),
 * one build at a time ({@link org.gongkai.output.BuildLock}), the {@code .gongkai/} layout beside it
 * ({@link org.gongkai.output.WorkFolder}), and a new site staged whole and swapped in with one atomic step
 * ({@link org.gongkai.output.Staging}). A package at the edge of the pipeline: {@code org.gongkai.site} builds into
 * what it hands out, and nothing here knows what a page is.
 */
package org.gongkai.output;
