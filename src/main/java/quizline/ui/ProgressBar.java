package quizline.ui;

import java.io.PrintWriter;

/** A one-line progress bar on stderr, redrawn only when it changes; silent when off (not a terminal). */
public final class ProgressBar {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final int total;
    private final boolean on;
    private final String unit;
    private int done;
    private int drawn = -1;

    public ProgressBar(PrintWriter err, int total, boolean on) {
        this(err, total, on, "articles");
    }

    /** A bar counting {@code unit} ("articles", "steps"). */
    public ProgressBar(PrintWriter err, int total, boolean on, String unit) {
        this.err = err;
        this.total = total;
        this.on = on;
        this.unit = unit;
    }

    /** One more item done; called from several threads. */
    public synchronized void step() {
        done++;
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        if (on && filled != drawn) {
            drawn = filled;
            err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + unit);
            err.flush();
        }
    }

    public synchronized void finish() {
        if (on && drawn >= 0) {
            err.print("\r" + " ".repeat(WIDTH + 30) + "\r");
            err.flush();
        }
    }
}
