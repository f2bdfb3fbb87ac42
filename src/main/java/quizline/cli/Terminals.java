package quizline.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether to run the terminal screen or plain mode. */
final class Terminals {
    private Terminals() {}

    /** True only when both input and output are a terminal. */
    static boolean interactive() {
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
}
