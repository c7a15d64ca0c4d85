/**
 * The integrity of a built site: the {@code SHA256SUMS} manifest (its format, the same as {@code sha256sum}'s),
 * the hash cache that lets a rebuild hash only the files it wrote or that changed, and the check of a deployed
 * copy. A package of its own at the edge of the pipeline, depending on no other: {@code org.gongkai.site} writes
 * the manifest into its staging folder, and {@code gongkai verify} in {@code org.gongkai.cli} checks a copy.
 */
package org.gongkai.integrity;
