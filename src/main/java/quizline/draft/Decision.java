package quizline.draft;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What an author decided about a draft question. */
public enum Decision {
    ACCEPT,
    REJECT,
    /** Looked at, not decided: asked again next time. */
    SKIP;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Decision ofLabel(String label) {
        for (Decision d : values()) {
            if (d.label().equals(label)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown decision \"" + label + "\" (accept, reject or skip)");
    }
}
