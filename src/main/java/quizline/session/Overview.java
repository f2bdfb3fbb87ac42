package quizline.session;

import java.util.List;
import quizline.pack.Pack;

/** What the dashboard shows before a session: the packs, what is due today, what is new. */
public record Overview(List<Pack> packs, int due, int newAvailable) {
    public Overview {
        packs = List.copyOf(packs);
    }

    public int questionCount() {
        return packs.stream().mapToInt(p -> p.questions().size()).sum();
    }
}
