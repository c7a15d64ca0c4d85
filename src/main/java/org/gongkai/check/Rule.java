package org.gongkai.check;

/** One family of pre-release checks, run over one disclosure at a time. */
interface Rule {

    void check(Inspection inspection);
}
