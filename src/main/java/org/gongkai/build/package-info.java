/**
 * The build: {@link org.gongkai.build.SiteBuild} turns the content into the site as a sequence of stages, each taking
 * and returning immutable values. Under the output's lock it reads the catalog and checks the offices; fingerprints
 * every year file against the last build's cache into a {@link org.gongkai.build.CarryPlan}; reads the files it does
 * not carry for their projects' comparison keys into a {@link org.gongkai.build.ComparisonPlan}; renders, checks and
 * exports each changed disclosure on every core into {@link org.gongkai.build.BuiltDisclosures}; makes the site-wide
 * outputs (comparison pages, open data and feeds, index pages) while the search index is exported on a thread of its
 * own, then the search page; checks every link; and publishes the staged site with its manifest, then commits the
 * search index and writes the next build's cache. The pages themselves are rendered by
 * {@link org.gongkai.site.SiteRenderer}; {@code gongkai build} and the preview of {@code gongkai serve} call this
 * package, and {@code gongkai build --timings} names its {@link org.gongkai.build.BuildStage}s.
 */
package org.gongkai.build;
