package org.gongkai.site;

import java.math.BigDecimal;

/**
 * What the index pages need to know of a disclosure once its own pages are written; kept instead of the
 * disclosure so that memory does not grow with the number of projects.
 */
record DisclosureSummary(String officeId, int year, int projectCount, BigDecimal totalWan) {}
