package quizline.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many full members an organisation has, where a sentence says so: "the 10-member ASEAN", "OPEC's 13 members",
 * "the bloc, which has 15 members", "all 32 members of NATO". Not a number the sentence gives for later ("to make
 * an 11-nation bloc", "will have 11 members"), nor partners, observers or guests ("its 10 partners").
 */
final class CountExtractor implements SentenceExtractor {
    private static final List<String> WORDS = List.of(
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty");
    private static final String NUMBER = "(?<n>[1-9]\\d{0,2}|" + String.join("|", WORDS) + ")";
    private static final String MEMBERS = "(?:members|member states|member countries|member nations|full members)\\b";

    /** Written just before the organisation: "the 10-member", "an 11-nation", "all 32 members of the". */
    private static final Pattern BEFORE = Pattern.compile(
            "(?i)\\b(?:the|its|an?|all|whose)\\s+" + NUMBER + "(?:-|\\s)(?:member|nation|country|state)s?\\s+"
                    + "(?:(?:regional|economic|political|military|security|oil|trade|intergovernmental|international|"
                    + "western|continental|defen[cs]e)\\s+){0,2}$"
                    + "|(?i)\\b(?:the|all|its)\\s+" + NUMBER.replace("<n>", "<n2>") + "\\s+" + MEMBERS
                    + "\\s+of\\s+(?:the\\s+)?$");
    /** Written just after it: "'s 13 members", ", which has 15 members", " has 15 member states". */
    private static final Pattern AFTER = Pattern.compile("(?i)^(?:\\s?['’]s\\s+" + NUMBER + "\\s+" + MEMBERS
            + "|\\s*,?\\s+(?:which|that)\\s+(?:now\\s+)?(?:has|comprises)\\s+"
            + NUMBER.replace("<n>", "<n2>") + "\\s+" + MEMBERS + "|\\s+(?:now\\s+)?(?:has|comprises)\\s+"
            + NUMBER.replace("<n>", "<n3>") + "\\s+" + MEMBERS + ")");
    /** A word without which no sentence states a count. */
    private static final Pattern COUNTED = Pattern.compile("(?i)(?:member|nation|countr|state)");

    /** "the ten-nation bloc", "its 32-member alliance": a counted noun that refers back to the organisation. */
    private static final Pattern COUNTED_REFERENCE = Pattern.compile("(?i)\\b(?:the|its)\\s+" + NUMBER
            + "(?:-|\\s)(?:member|nation|country|state)s?\\s+(?<noun>bloc|alliance|grouping|organi[sz]ation|group|forum"
            + "|body|union|club|coalition|association)\\b");

    /** A number for later or for another tie, written near the count: not a member count now. */
    private static final Pattern NOT_NOW = Pattern.compile(
            "(?i)\\b(?:to make|to form|to become|would|will|once|after|expand\\w*|enlarg\\w*|grew|grown|grow|ris\\w*|rose"
                    + "|increas\\w*|doubl\\w*|partners?|observers?|guests?"
                    + "|invit\\w*|former|then|until|when it)\\b");

    @Override
    public void extract(AnnotatedSentence sentence, ArticleContext context, List<Fact> found) {
        String text = sentence.sentence().text();
        if (!COUNTED.matcher(text).find()) {
            return;
        }
        List<Fact> counts = new ArrayList<>();
        for (Mention mention : sentence.mentions()) {
            Optional<Knowledge.Organisation> organisation = mention instanceof Mention.OrganisationMention o
                    ? Optional.of(o.organisation()).filter(Knowledge.Organisation::listed)
                    : mention instanceof Mention.ReferenceMention
                            ? context.referredOrganisation(sentence, mention.from())
                            : Optional.empty();
            if (organisation.isEmpty()) {
                continue;
            }
            int start = sentence.tokens().get(mention.from()).start()
                    - sentence.sentence().start();
            int end = sentence.tokens().get(mention.to() - 1).end()
                    - sentence.sentence().start();
            String before = text.substring(Math.max(0, start - 60), start);
            Matcher b = BEFORE.matcher(before);
            Matcher a = AFTER.matcher(text.substring(end));
            Optional<String> number = b.find() ? group(b) : a.find() ? group(a) : Optional.empty();
            String near = text.substring(Math.max(0, start - 60), Math.min(text.length(), end + 40));
            if (number.isEmpty() || NOT_NOW.matcher(near).find()) {
                continue;
            }
            Facts.Found by = Facts.Found.by("count", 0).doubted(mention instanceof Mention.ReferenceMention);
            counts.add(Facts.of(
                    FactKind.COUNT,
                    organisation.get().name(),
                    "members",
                    number.get(),
                    Map.of(),
                    sentence,
                    context,
                    by));
        }
        // "the ten-nation bloc": a count between "the" and the noun that refers back to the organisation
        Matcher bloc = COUNTED_REFERENCE.matcher(text);
        while (bloc.find()) {
            int at = sentence.sentence().start() + bloc.start("noun");
            for (int t = 0; t < sentence.tokens().size(); t++) {
                if (sentence.tokens().get(t).start() == at) {
                    Optional<Knowledge.Organisation> organisation = context.referredOrganisation(sentence, t);
                    String near =
                            text.substring(Math.max(0, bloc.start() - 60), Math.min(text.length(), bloc.end() + 40));
                    if (organisation.isPresent() && !NOT_NOW.matcher(near).find()) {
                        counts.add(Facts.of(
                                FactKind.COUNT,
                                organisation.get().name(),
                                "members",
                                group(bloc).orElseThrow(),
                                Map.of(),
                                sentence,
                                context,
                                Facts.Found.by("count", 1).doubted(true)));
                    }
                }
            }
        }
        // Two counts of one organisation in one sentence ("grew from 5 to 10 members") tell neither
        for (Fact f : counts) {
            if (counts.stream()
                    .noneMatch(
                            g -> g.subject().equals(f.subject()) && !g.object().equals(f.object()))) {
                Facts.addOnce(found, f);
            }
        }
    }

    private static Optional<String> group(Matcher m) {
        for (String name : List.of("n", "n2", "n3")) {
            if (m.pattern().pattern().contains("(?<" + name + ">") && m.group(name) != null) {
                String n = m.group(name).toLowerCase(Locale.ROOT);
                int word = WORDS.indexOf(n);
                return Optional.of(word >= 0 ? Integer.toString(word + 1) : n);
            }
        }
        return Optional.empty();
    }
}
