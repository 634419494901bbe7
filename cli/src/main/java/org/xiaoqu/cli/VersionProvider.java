package org.xiaoqu.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the build's version from the jar manifest, without starting anything else. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {
            "xiaoqu " + (version == null ? "(development build)" : version),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
        };
    }
}
