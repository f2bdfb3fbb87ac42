package quizline.facts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Memberships a report shows without stating them: the leaders of countries taking part in an organisation's summit
 * ("Kuwait's Crown Prince X and Y, the emir of Qatar, arrived for the GCC summit"; "the delegation also included the
 * crown prince of Kuwait"). Taking part is not belonging: guests come to summits (India to the G7's, Egypt to BRICS'
 * of 2023, before it joined), so a country counts only where {@code memberships.tsv} confirms it was a full member on
 * the report's date. The file vouches for the fact, the sentence for its being news; read with a confidence lower than
 * a membership inferred from hosting or chairing, which the sentence itself ties to the organisation.
 */
final class SummitAttendance {
    static final double CONFIDENCE = 0.6;
    private static final Facts.Found BY = new Facts.Found("member.attended", CONFIDENCE);

    /** Words of a sentence about who takes part in a gathering. */
    private static final Pattern TAKING_PART = Pattern.compile("(?:^| )(?:attend|attends|attended|attending|attendance"
            + "|took part|take part|takes part|taking part|participate|participates|participated|participating"
            + "|arrive|arrives|arrived|arriving|gathered|gather|gathering|met|meet|meets|present|delegation|delegations"
            + "|addressed|addressing|opened|welcomed|hosted|hosting|chaired|chairing|joined|sidelines|at the summit"
            + "|at the meeting|presence|represented|pose|poses|posed|posing)(?: |$)");

    /** Words that make the sentence about someone not taking part. */
    private static final Pattern NOT_TAKING_PART = Pattern.compile("(?:^| )(?:skip|skips|skipped|skipping|not attend"
            + "|not be attending|not take part|n't attend|absent|absence|boycott|boycotted|boycotting|snub|snubbed"
            + "|stayed away|stay away|declined|invited|invitation|guest|guests|outreach|observer|observers)(?: |$)");

    /** Words of a gathering, for a sentence that names no organisation's summit: then it is the article's summit. */
    private static final Pattern GATHERING = Pattern.compile(
            "(?:^| )(?:summit|summits|meeting|session|sessions|delegation|delegations|talks|gathering|conference|attendance|represented"
                    + "|attend|attended|attending|participating|presence)(?: |$)");

    /**
     * Countries named as taking part: "Participating countries include A, B and C", "the leaders of A and B", "delegations
     * from A, B and C".
     */
    private static final ShapePattern TAKING_PART_LIST =
            ShapePattern.compile("(?:(?:participating|attending|represented)"
                    + " (?:countries|states|nations|member states|members) (?:include|included|are|were|:|—)"
                    + "|(?<!(?:former|" + Facts.NOT_A_COUNTRYS
                    + ") )(?:leaders|heads of state(?: and government)?|heads of government|presidents|delegations"
                    + "|delegates) (?:of|from)) (?<list>(?:the )?{C}(?: (?:,|and|, and) (?:the )?{C})*)");

    private SummitAttendance() {}

    /**
     * Adds to {@code found} a membership for each country whose current office-holder, found in this sentence, takes
     * part in a summit of an organisation the memberships file lists, where the file confirms it.
     */
    static void extract(AnnotatedSentence sentence, ArticleContext context, List<Fact> found) {
        String text = sentence.shape().text();
        if (!TAKING_PART.matcher(text).find() || NOT_TAKING_PART.matcher(text).find()) {
            return;
        }
        Optional<Knowledge.Organisation> organisation = organisation(sentence, context, text);
        if (organisation.isEmpty()) {
            return;
        }
        String name = organisation.get().name();
        Memberships file = Memberships.get();
        Knowledge knowledge = Knowledge.get();
        for (Fact position : List.copyOf(found)) {
            if (position.kind() != FactKind.POSITION
                    || !currentOffice(position.relation())
                    || knowledge.findCountry(position.object()).isEmpty()
                    || !file.fullMemberOn(name, position.object(), context.published())) {
                continue;
            }
            member(position.object(), name, sentence, context, found);
        }
        Matcher listed = TAKING_PART_LIST.matcher(sentence.shape());
        while (listed.find()) {
            for (Mention mention : sentence.shape().mentions(listed, "list")) {
                if (mention instanceof Mention.CountryMention country
                        && file.fullMemberOn(name, country.country().name(), context.published())) {
                    member(country.country().name(), name, sentence, context, found);
                }
            }
        }
    }

    /**
     * Removes the memberships read from taking part where the article states the country's tie to the organisation
     * itself ("China, a founding member of the SCO"): the statement says more, and one tie is one fact.
     */
    static void dropWhereStated(List<Fact> facts) {
        java.util.Set<String> stated = new java.util.HashSet<>();
        for (Fact fact : facts) {
            if (fact.kind() == FactKind.MEMBER && !shown(fact)) {
                stated.add(fact.subject() + "\n" + fact.object());
            }
        }
        facts.removeIf(fact -> shown(fact) && stated.contains(fact.subject() + "\n" + fact.object()));
    }

    private static boolean shown(Fact fact) {
        return fact.pattern().equals(BY.pattern());
    }

    private static void member(
            String country, String organisation, AnnotatedSentence sentence, ArticleContext context, List<Fact> found) {
        Facts.addOnce(
                found, Facts.of(FactKind.MEMBER, country, "member", organisation, Map.of(), sentence, context, BY));
    }

    private static Optional<Knowledge.Organisation> organisation(
            AnnotatedSentence sentence, ArticleContext context, String text) {
        Optional<Knowledge.Organisation> attached = Summits.organisationAttached(sentence);
        if (attached.isPresent()) {
            return attached;
        }
        if (!GATHERING.matcher(text).find() || Summits.speaksOfAnotherSummit(sentence)) {
            return Optional.empty();
        }
        return context.summitOrganisation();
    }

    /**
     * An office held on the report's date: not "former President", "incoming Chair" or "President-elect", the only
     * titles of a fact not held then (a "late" or "then" title gives no fact at all, see title-modifiers.tsv).
     */
    private static boolean currentOffice(String relation) {
        return !(relation.startsWith("former ") || relation.startsWith("incoming ") || relation.endsWith("-elect"));
    }
}
