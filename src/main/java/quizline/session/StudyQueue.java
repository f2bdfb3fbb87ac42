package quizline.session;

import java.util.ArrayList;
import java.util.List;
import quizline.pack.Pack;
import quizline.pack.Question;

/** Picks the questions of a session from the loaded packs, in pack order. */
public final class StudyQueue {
    private StudyQueue() {}

    public static List<StudyItem> build(List<Pack> packs, StudyFilter filter) {
        List<StudyItem> items = new ArrayList<>();
        for (Pack pack : packs) {
            if (filter.packId() != null && !filter.packId().equals(pack.id())) {
                continue;
            }
            for (Question q : pack.questions()) {
                if (items.size() == filter.limit()) {
                    return items;
                }
                if (filter.tag() == null || q.tags().contains(filter.tag())) {
                    items.add(new StudyItem(pack, q));
                }
            }
        }
        return items;
    }
}
