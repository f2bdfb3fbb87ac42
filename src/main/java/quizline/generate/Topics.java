package quizline.generate;

import java.util.Set;
import quizline.pack.AnswerMatcher;

/** Names of the things questions and conflicts are about, so the two can be matched. */
final class Topics {
    private Topics() {}

    static String person(String canonicalName) {
        return "person:" + AnswerMatcher.fold(canonicalName);
    }

    static String title(String person, String place) {
        return "title:" + AnswerMatcher.fold(person) + "|" + AnswerMatcher.fold(place);
    }

    static String membership(String member, String organisation) {
        return "member:" + AnswerMatcher.fold(member) + "|" + AnswerMatcher.fold(organisation);
    }

    static String count(String organisation) {
        return "count:" + AnswerMatcher.fold(organisation);
    }

    static String date(String event) {
        return "date:" + AnswerMatcher.fold(event);
    }

    static String host(String event) {
        return "host:" + AnswerMatcher.fold(event);
    }

    /** A question about a disputed thing waits for the author's decision. */
    static String status(Set<String> topics, Set<String> disputed) {
        return topics.stream().anyMatch(disputed::contains) ? "draft-conflict" : "draft";
    }
}
