/**
 * The site's open data: bulk downloads (CSV with a BOM and JSON) per disclosure and for the whole site, a Fiscal
 * Data Package describing them, and the Atom feed, sitemap and robots.txt that let readers and crawlers find the
 * pages. Called by {@code org.gongkai.build.SiteBuild}; everything is written into its staging folder.
 * {@link org.gongkai.export.CsvCell} is the one rule for text a spreadsheet would run as a formula, which every CSV
 * writer follows and which {@code gongkai check} warns about.
 */
package org.gongkai.export;
