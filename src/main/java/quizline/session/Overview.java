package quizline.session;

import java.util.List;
import quizline.pack.Pack;

/** What the dashboard shows before a session: the packs, what is due, what is new. */
public record Overview(List<Pack> packs, int due, int newAvailable, int sessionSize) {
    public Overview {
        packs = List.copyOf(packs);
    }

    public int questionCount() {
        return packs.stream().mapToInt(p -> p.questions().size()).sum();
    }

    /** With progress kept in memory every question is new; a store will tell due cards apart. */
    public static Overview withoutHistory(List<Pack> packs, List<StudyItem> queue) {
        int total = packs.stream().mapToInt(p -> p.questions().size()).sum();
        return new Overview(packs, 0, total, queue.size());
    }
}
