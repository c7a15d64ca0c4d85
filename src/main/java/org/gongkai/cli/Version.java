package org.gongkai.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest, so it is stated in one place: pom.xml. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"gongkai " + (v == null ? "(development)" : v)};
    }
}
