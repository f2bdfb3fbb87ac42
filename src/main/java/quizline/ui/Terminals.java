package quizline.ui;

import java.io.Console;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether to run the terminal screen or plain mode. */
public final class Terminals {
    private Terminals() {}

    /** True only when both input and output are a terminal. */
    public static boolean interactive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        // From JDK 22 System.console() exists even for pipes; isTerminal() tells the truth there.
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    /**
     * True when stderr is a terminal. Java cannot ask this directly: on Linux the descriptor's link names the
     * device (/dev/pts/N, /dev/ttyN); elsewhere, a session with terminal input and output is taken to have one.
     */
    public static boolean stderrIsTerminal() {
        Path link = Path.of("/proc/self/fd/2");
        if (Files.isSymbolicLink(link)) {
            try {
                String target = Files.readSymbolicLink(link).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return interactive();
    }
}
