package quizline.env;

import java.nio.file.Path;
import java.util.Map;

/** Where quizline keeps user files, after the XDG base directory convention. */
public final class DataDirs {
    private DataDirs() {}

    public static Path data(Map<String, String> env) {
        return base(env, "XDG_DATA_HOME", ".local/share").resolve("quizline");
    }

    public static Path cache(Map<String, String> env) {
        return base(env, "XDG_CACHE_HOME", ".cache").resolve("quizline");
    }

    private static Path base(Map<String, String> env, String variable, String fallback) {
        String value = env.get(variable);
        // The spec says to ignore relative values.
        if (value != null && !value.isBlank() && Path.of(value).isAbsolute()) {
            return Path.of(value);
        }
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        return Path.of(home).resolve(fallback);
    }
}
