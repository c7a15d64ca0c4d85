/**
 * The site's open data: bulk downloads (CSV with a BOM and JSON) per disclosure and for the whole site, a Fiscal
 * Data Package describing them, and the Atom feed, sitemap and robots.txt that let readers and crawlers find the
 * pages. Called by {@code org.gongkai.site.SiteBuilder}; everything is written into its staging folder.
 */
package org.gongkai.export;
