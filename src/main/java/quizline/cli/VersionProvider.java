package quizline.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven writes into the jar, so `--version` never disagrees with the build. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties props = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/quizline/version.properties")) {
            if (in != null) {
                props.load(in);
            }
        }
        return new String[] {"quizline " + props.getProperty("version", "unknown")};
    }
}
