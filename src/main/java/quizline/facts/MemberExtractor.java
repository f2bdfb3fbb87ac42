package quizline.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who belongs to which organisation, and how: founding member, member, joined, observer,
 * dialogue partner, prospective member. Reads lists ("China, Russia and Kazakhstan") in
 * general English phrasing: "X joined the O", "O was joined by X", "X became a member of O",
 * "X, a member of O", "X, an O member", "O's members include X", "O was founded by X",
 * "observer states include X", "X is set to join O", "X participated as observer states".
 */
final class MemberExtractor implements SentenceExtractor {
    /** Words one of which every rule needs: most sentences are skipped without running a pattern. */
    private static final List<String> CUES = List.of(
            "join",
            "member",
            "participating",
            "observer",
            "partner",
            "found",
            "establish",
            "creat",
            "set up",
            "launch",
            "formed",
            "on board",
            "aboard",
            "admitted",
            "enlist",
            "induct",
            "candidate",
            "includ",
            "made up",
            "compris",
            "consist",
            "brings together",
            "unites",
            "groups",
            "invite",
            "grant",
            "given",
            "gave",
            "award",
            "make up",
            "constitut",
            "led by",
            "headed by",
            "addition",
            "added",
            "allow",
            "admit",
            "accession",
            "host",
            "presidency",
            "chair",
            "compris",
            "consisting",
            "grouping",
            "bringing",
            "uniting",
            "admission",
            "readmitted",
            "re-admitted",
            "reinstated",
            "appl",
            "bid",
            "request",
            "suspended",
            "—",
            // a hyphen written for a dash: "the Visegrad Group - Poland, Hungary, the Czech Republic and Slovakia -"
            " - ",
            "countries",
            "states",
            "nations",
            "allies",
            "ally",
            " ( ",
            " : ",
            "belong",
            "leaders",
            "heads of",
            "expand",
            "enlarge",
            "status",
            "associate",
            "welcom",
            "to join",
            "-nation",
            "-country",
            "-state",
            "-strong",
            "president",
            "of which",
            "part of",
            "group",
            "candidacy",
            "candidature",
            "on behalf of",
            "through",
            "seek",
            "sought",
            "hope",
            "want",
            "aspir",
            "keen",
            "eager",
            "vying",
            "push",
            "submit",
            "filed",
            "lodged",
            "acced",
            "entered",
            "accepted",
            "ambition",
            "plan",
            "intention",
            "desire",
            "quest");

    /** A group's opening in a pattern ("(?:", "(?<org>", "(?="): no cue, unlike a literal bracket. */
    private static final Pattern REGEX_GROUP = Pattern.compile("\\(\\?(?:<\\w+>|<[=!]|[:=!])");

    /** A remark in parentheses after a list item: "Bolivia (in the process of accession)". */
    private static final String ASIDE = "(?: \\( [^()]{1,60}? \\))?";
    /** How many: "the bloc's nine members", "one of NATO's 32 members". */
    private static final String COUNT =
            "(?:(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty"
                    + "|twenty-[a-z]+|thirty|thirty-[a-z]+) )";
    /** An organisation's acronym in brackets after its name: "the Gulf Cooperation Council (GCC)". */
    private static final String ACRONYM = "(?: \\( {O} \\))?";
    /** "15 countries, including": a count of members before the ones named. */
    private static final String COUNT_OF_MEMBERS =
            "(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty) (?:[a-z-]+ )?"
                    + "(?:countries|nations|states|members|member states|member countries|economies) (?:, )?(?:including|such as|among them|notably|:) ";
    /** What a group is, between its name and its verb: "the Group of Seven industrialised nations includes". */
    private static final String DESCRIBED =
            "(?:[a-z-]+ ){0,2}(?:nations|countries|states|economies|bloc|group|grouping|alliance|club|forum|organisation|organization|union) ";
    /** Countries (or organisations) listed: "China, Russia and Kazakhstan". */
    private static final String LIST = "(?:the )?{CO}" + ASIDE
            + "(?: (?:,|and|or|, and|, or|as well as|, as well as) (?:the )?{CO}" + ASIDE + ")*";
    /** A list that is not the object of a preposition: "the border between Finland and Russia, which ..." names no subject. */
    private static final String NOT_AFTER_PREPOSITION =
            "(?<!(?:between|of|with|from|to|by|for|against|than|like|and|or|in|on|at|near) )";
    /**
     * A list named after a status word, in apposition: "members Brazil and India, as well as Turkey" adds Turkey to the
     * sentence, not to the members, so "as well as" ends such a list.
     */
    private static final String NAMED_LIST =
            "(?:the )?{CO}" + ASIDE + "(?: (?:,|and|, and) (?:the )?{CO}" + ASIDE + ")*";
    /** A list that may hold other items and descriptions: "Gulf states, Egypt, Ethiopia, and prospective member Nigeria". */
    private static final String SEPARATOR = " (?:, and|, or|, as well as|,|and|or|as well as) ";

    private static final String MEMBER_ITEM = "(?:among them |including |notably |such as )?"
            // "the Kingdom of Bahrain"; not "the 27 member states of the EU", whose members they are
            + "(?:the (?!(?:[a-z0-9'-]+ ){0,2}(?:member states|member countries|members|countries|nations|states) of )"
            + "(?:[a-z0-9'-]+ ){0,5}?of (?:the )?|(?:the |prospective |new |full |founding |original |observer |member |members |state |states )*){CO}"
            + ASIDE;
    private static final String OTHER_ITEM = "(?!(?:and|or|as well as) )[a-z][a-z'-]*(?: [a-z][a-z'-]*){0,3}";
    private static final String LOOSE = "(?:" + OTHER_ITEM + SEPARATOR + ")*" + MEMBER_ITEM + "(?:" + SEPARATOR + "(?:"
            + MEMBER_ITEM + "|" + OTHER_ITEM + "))*";
    private static final String ORG = "(?:the )?(?<org>{OA})" + ACRONYM;
    private static final String ADVERBS =
            "(?:has |have |had |also |later |formally |officially |recently |finally |then |subsequently |eventually )*";
    /** Words that praise a member without changing its status: "X, a staunch member of the bloc". */
    private static final String STANDING =
            "(?:(?:longstanding|long-standing|key|leading|major|important|influential|staunch|loyal|fellow|powerful|wealthy|large|small) )?";
    /** "to join the O", "to enter O", "to become members of the O", "to join the 10-nation O". */
    private static final String TO_JOIN =
            "to (?:join|enter|become (?:a |an |full |new |permanent )*members? of) (?:the )?(?:[0-9]+ - (?:nation|member) )?(?:[a-z-]+ )?(?<org>{OA})"
                    + ACRONYM;
    /**
     * What may follow the organisation a country joined: "joined NATO in 2023", "joined NATO, officials said", never
     * "joined the BRICS summit", "joined the G20 talks" or "joined the SCO as an observer" (other rules read that).
     */
    private static final String JOINED_END =
            "(?! as (?:an? |the )?(?:official )?(?:observer|guest|partner|dialogue|associate|special))"
                    + "(?= [.,;:—)\"']| (?:in|on|as|at|after|and|when|with|last|this|since|alongside|along|together|following|before|earlier|later|back"
                    + "|formally|officially|but|while|until|because|despite|amid|during|under|to|from|by|for|only|just|{W})(?: |$)|$)";

    private static final String WHEN = "(?: (?:on |in )?(?<date>{W}))?";
    /** A day between the subject and its verb: "Finland on Tuesday became the 31st member of NATO". */
    private static final String DAY_BEFORE = "(?:(?:on )?(?<date2>{W}) (?:, )?)?";

    private static final String ORDINAL = "(?:full |new |permanent |full-fledged |[0-9a-z-]+(?:th|st|nd|rd) )*";
    private static final String STATUS =
            "(?:strategic )?(?<rel>founding members?|founders?|co-founders?|member states?|member countries|members?|observer states?|observer countries|observer nations|observers?|dialogue partners?)";
    private static final String STATUS_WORDS = "(?:" + COUNT
            + "?(?<mods>(?:full |current |founding |original |permanent |growing |new |newest |other |fellow |existing |remaining |all |both )*)"
            + "(?<rel>members|member states|member countries|member nations|membership|observers|observer states|observer countries|observer nations"
            + "|dialogue partners|partner countries|partner states|associated states|associated countries|associate members|associate member states"
            + "|founding states|founding nations|founding countries|candidate countries|candidate states"
            // the OSCE's word for its members
            + "|participating states|participating countries))";
    private static final List<String> STATUS_CUES =
            List.of("member", "observer", "partner", "associate", "founding", "candidate", "participating");
    private static final String FUTURE_JOIN =
            "(?:slated|set|due|expected|scheduled|poised|about|going) to (?:formally |officially )?"
                    + "(?:join (?:the )?(?<org>{OA})" + ACRONYM + "|become (?:a |an |the )?(?:(?<org2>{OA})" + ACRONYM
                    + " 's )?" + ORDINAL + "members?(?: of (?:the )?(?<org3>{OA})" + ACRONYM + ")?)";

    /** A pattern, the relation it states, and words one of which must occur for it to be worth running. */
    private record Rule(ShapePattern pattern, String relation, List<String> cues, double confidence) {}

    /** A membership inferred from hosting, chairing or leading, not stated: trusted less than a plain sentence. */
    private static final double INFERRED = 0.7;

    /** Parts of patterns whose words are optional or no cue ("formally" holds "ally"): left out when reading a pattern's cues. */
    private static final List<String> OPTIONAL_FRAGMENTS = List.of(
            LOOSE,
            LIST,
            NAMED_LIST,
            ACRONYM,
            COUNT_OF_MEMBERS,
            DESCRIBED,
            MEMBER_ITEM,
            OTHER_ITEM,
            ADVERBS,
            STANDING,
            WHEN,
            ORDINAL,
            ASIDE,
            COUNT,
            JOINED_END);

    /** A standing short of membership, as a word after "admitted as": "observers", "an associate member". */
    private static final String LESSER_STANDING =
            "(?:observers?|observer states?|dialogue partners?|partner countr(?:y|ies)|associate members?)";

    private static final List<Rule> RULES = rules();

    private static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        // Finland joined NATO in April; Sweden's neighbour, Finland, joined ...; the AU joined the G20 as a permanent
        // member
        subjectFirst(
                rules,
                "(?:, )?" + ADVERBS + DAY_BEFORE + ADVERBS
                        + "(?:joined|joins|rejoined|rejoins|acceded to|accedes to|entered) " + ORG + JOINED_END
                        + "(?: as an? (?:[a-z]+ )?member)?" + WHEN,
                "joined");
        // Laos joined the SCO as an observer
        subjectFirst(
                rules,
                "(?:, )?" + ADVERBS + "(?:joined|joins) " + ORG
                        + " as (?:an? |the )?(?:official )?(?<rel>observer state|observer|dialogue partner|partner country|associate member)"
                        + WHEN,
                "observer");
        // South Africa joined in 2010
        subjectFirst(rules, ADVERBS + "(?:joined|joins|rejoined|rejoins) (?:in|on) (?<date>{W})", "joined");
        // In 1995, Vietnam joined ASEAN
        add(
                rules,
                "(?:in|on) (?<date>{W}) , (?<list>" + LIST + ") " + ADVERBS + "(?:joined|joins|rejoined|rejoins) " + ORG
                        + JOINED_END,
                "joined");
        // It was later joined by Brunei and Vietnam
        add(
                rules,
                "(?:(?:the )?(?<org>{OA})" + ACRONYM
                        + "|it) (?:was|were|has been|had been|is) (?:later |subsequently |also |then )?joined by (?<list>"
                        + LIST + ")" + WHEN,
                "joined");
        // Sweden became the 32nd member of NATO; Finland became the alliance's 31st member; Vietnam became a member in
        // 1995
        String became = ADVERBS + DAY_BEFORE + ADVERBS + "(?:became|become|becomes) (?:a |an |the )?(?:(?<org>{OA})"
                + ACRONYM + " 's |its )?";
        // "Mongolia became its 57th participating State": the OSCE's word for a member
        String member =
                "(?:members?(?: states?| countries| nations)?|participating states?)(?: of (?:the )?(?<org2>{OA})"
                        + ACRONYM + ")?" + WHEN;
        subjectFirst(rules, became + ORDINAL + member, "joined");
        // "Mexico, which became the organisation's first Latin American member in 1994": an ordinal, then words of
        // where the member lies, never of its standing ("an associate member" is no member)
        subjectFirst(
                rules,
                became + "(?:first|second|third|[0-9]+(?:th|st|nd|rd)) "
                        + "(?!(?:associate|observer|founding|honorary|non-voting|candidate|partner|full|permanent) )"
                        + "(?:[a-z-]+ |{D} ){1,2}" + member,
                "joined");
        // "Nepal and Bhutan came on board in 2004": joined on a date the sentence gives (a date, so not a ship's or a
        // firm's new hands)
        subjectFirst(
                rules,
                ADVERBS + DAY_BEFORE + "(?:came|come|comes) (?:on board|aboard) (?:on |in )?(?<date>{W})",
                "joined");
        // Laos and Myanmar were admitted in 1997 (not "were admitted as observers": the rule after)
        subjectFirst(
                rules,
                "(?:was|were) " + ADVERBS + "admitted(?! as (?:an? |the )?(?:[a-z]+ )?" + LESSER_STANDING + ")"
                        + "(?: (?:to|into|as a member of) " + ORG + ")?" + WHEN,
                "joined");
        // "China and India were admitted as observers at the 2013 ministerial meeting", "Spain was admitted as an
        // observer to the council in 2006"
        subjectFirst(
                rules,
                "(?:was|were) " + ADVERBS + "admitted as (?:an? |the )?(?:official |permanent )?"
                        + "(?<rel>observer state|observer|dialogue partner|partner country|associate member)s?"
                        + "(?: (?:to|of|in|into) " + ORG + ")?" + WHEN,
                "observer");
        // Ghana is a full member of the AU; Qatar and Oman are dialogue partners of the bloc
        subjectFirst(
                rules,
                "(?:, which |, who |, (?=are ))?(?:is|are|was|were|remains|remain|has been|have been) (?:a |an |the |also |both |all |one of the |among the )*"
                        + COUNT + "?"
                        // "are main members of the gas exporting body"
                        + "(?:full |permanent |current |newest |latest |youngest |most recent |main |core |principal |[0-9a-z-]+(?:th|st|nd|rd) |(?<mod>founding |prospective ))*"
                        + STATUS + " (?:of|in|to|at) " + ORG
                        + "(?: , along with (?<more>" + LIST + "))?",
                "member");
        // "Russia, Mexico and Peru are also among its members"; "Chile is among the bloc's founding members"
        subjectFirst(
                rules,
                "(?:is|are|was|were|remains|remain) (?:also |both |all )*among (?:(?:the )?(?<org>{OA})" + ACRONYM
                        + " 's |its |the )" + STATUS_WORDS + "(?! of )",
                "member");
        // Chile, a full member of the bloc, ...; Timor-Leste, an observer, ...
        add(
                rules,
                "(?<list>" + LIST + ") , (?:a |an |the |one of the |also |both |all |among the )?" + STANDING + NEWEST
                        + "(?:full |permanent |current |(?<mod>founding |prospective ))?" + STATUS
                        + " (?:of|in|to|at|with) " + ORG,
                "member");
        add(
                rules,
                "(?<list>" + LIST
                        + ") , (?:a |an |the |one of the |also |both )?(?:full |permanent |current |(?<mod>founding |prospective ))?"
                        + STATUS + "(?= ,)",
                "member");
        // Georgia was granted candidate status
        subjectFirst(
                rules,
                "(?:was|were|has been|have been) " + ADVERBS
                        + "(?:granted|given|awarded) (?:official )?candidate status(?: (?:by|in) " + ORG + ")?",
                "prospective member");
        // the bloc's newest members, Egypt and Ethiopia; observers Mongolia and Laos
        add(
                rules,
                "(?:(?<org>{OA})" + ACRONYM + " (?:'s |- )?|its )?(?!membership)" + STATUS_WORDS
                        + " (?:(?:,|:|—|–|-|\\() )?(?:including |such as |like |notably |among them |namely )?(?<list>"
                        + NAMED_LIST + ")",
                "member");
        // Norway, a NATO member; Norway, a NATO country
        add(
                rules,
                "(?<list>" + LIST
                        + ") , (?:a |an |the |also |both |all |fellow |one of the (?:[a-z-]+ )?)?(?:full |(?<mod>founding |prospective ))?(?<org>{O})"
                        + ACRONYM
                        + " (?:member states?|member countries|member country|members?|countries|country|states?|nations?|allies|ally)",
                "member");
        // the AU's members include ...; observer states include ...; whose members are ...; the original members are
        // ...
        add(
                rules,
                "(?:(?<org>{OA})" + ACRONYM + " (?:'s )?|its |whose )?" + STATUS_WORDS
                        + " (?:, )?(?:which |that |now )?(?:include|includes|included|are|were|comprise|comprises|consist of|consists of) (?<list>"
                        + LOOSE + ")",
                "member");
        // the bloc includes nations ..., such as Chile and Peru; the group is made up of ...
        add(
                rules,
                // "It is made up of eight states: ...": "it" opening the sentence is the organisation just named
                "(?:(?:the )?(?<org>{OA})" + ACRONYM + " (?:, [^,;]+ , |" + DESCRIBED
                        + ")?|^it )(?:(?:currently |now |still |also |today )?(?:includes|comprises|consists of|is composed of|is made up of|brings together|unites|groups)"
                        // "G20 until now comprised A, B and the EU": members still, as the article writes
                        + "|(?:has |had )?until now (?:comprised|included|consisted of|been made up of|was made up of)) (?:"
                        + COUNT_OF_MEMBERS
                        // "brings together the 27 member states of the EU and 15 countries of the south: A, B and C":
                        // the
                        // list after the colon, not the bloc named before it
                        + "|[^:;]*? : |[a-z0-9' -]+ (?:, |: )?)??(?:such as |including |like |notably )?(?<list>"
                        + LOOSE + ")",
                "member");
        // "the OTS, formerly called the Turkic Council, is an international organization comprising Turkic countries:
        // A, B and C"; "the SCO is a bloc of ten countries: ..."
        add(
                rules,
                "(?:the )?(?<org>{OA})" + ACRONYM + "(?: , [^;]+? ,)? " + Facts.DESCRIBED_AS + Facts.FOUNDED_ASIDE
                        + " (?:comprising|consisting of|made up of|grouping|bringing together|uniting|of"
                        + "|(?:that|which) (?:includes|comprises|brings together|unites|groups)) (?:"
                        + COUNT_OF_MEMBERS + "|(?:[a-z0-9' -]+ )?: )?(?<list>" + LOOSE + ")",
                "member");
        add(
                rules,
                "(?:(?:the )?(?<org>{OA})" + ACRONYM + "(?: 's membership)?|its membership)"
                        + " (?:[^;,]*? )?(?:is |are |was )?made up of (?<list>" + LOOSE + ")",
                "member");
        // The alliance was founded in 1949 by the United States, Canada and ...; ASEAN was founded in 1967 in Bangkok
        // by ...
        add(
                rules,
                "(?:(?:the )?(?<org>{OA})" + ACRONYM
                        // "... was set up through the Bangkok Declaration of 6 June 1997 by A, B, C and D"; "The
                        // Nordic Council, the body for ..., was founded in 1952 by A, B, C and D"
                        + "|it) (?:, (?:the|a|an) [^,;]*? , )?(?:, which |, that |, )?(?:was |were )?(?:founded|established|created|formed|set up|launched) (?:(?:in|on) (?:{W}|{Y}|{C}) )*(?:as (?:a |an )?[^,;]*? |(?:through|under|with) (?:the |a |an )?[^,;]*? )?by (?:"
                        + COUNT_OF_MEMBERS + ")?(?<list>"
                        + LOOSE + ")",
                "founding member");
        // "Founded in 1992 by Denmark, Germany and Norway, the CBSS ...": the founders before the organisation
        add(
                rules,
                "^(?:founded|established|created|formed|set up|launched) (?:(?:in|on) (?:{W}|{Y}|{C}) )*by (?<list>"
                        + LIST + ") , (?:the )?(?<org>{OA})",
                "founding member");
        // "The grouping was launched on June 6, 1997 with four members - A, B, C and D - under another name"
        add(
                rules,
                "(?:(?:the )?(?<org>{OA})" + ACRONYM
                        + "|it) (?:, which |, )?(?:was |were )?(?:founded|established|created|formed|set up|launched)"
                        + " (?:(?:in|on) (?:{W}|{Y}|{C}) )*(?:[^,;]*? )?with (?:its )?" + COUNT
                        + "?(?:founding |original )?members (?:-|–|—|:|,) (?<list>" + NAMED_LIST + ")",
                "founding member");
        add(
                rules,
                "(?<list>" + LIST + ") (?:founded|co-founded|established|created|set up|formed) " + ORG,
                "founding member");
        // prospective member Nigeria; Nigeria is set to join the bloc; Timor-Leste is expected to become the bloc's
        // eleventh member
        add(rules, "prospective members? (?:, )?(?<list>" + LIST + ")", "prospective member");
        subjectFirst(rules, "(?:is|are|was|were) " + ADVERBS + FUTURE_JOIN + WHEN, "prospective member");
        add(rules, "(?<list>" + LIST + ") will (?:formally |officially )?join " + ORG + WHEN, "prospective member");
        // Mexico and Chile took part as observers
        add(
                rules,
                "(?<list>" + LIST
                        + ") (?:participated|attended|took part|joined)(?: in (?:the )?(?:[a-z]+ )?(?:summit|meeting))? as (?:an |the )?"
                        + STATUS,
                "member");
        // Peruvian President X, who, along with Chile and Mexico, took part as observers
        add(
                rules,
                "(?<head>{CP}) (?:, )?(?:who )?, along with (?<list>" + LIST
                        + ") , (?:participated|attended|took part)(?: in (?:the )?(?:[a-z]+ )?(?:summit|meeting))? as (?:an |the )?"
                        + STATUS,
                "member");
        // "A and B were among four states invited on Monday to join the bloc"; "X was invited to enter O on 1 May"
        subjectFirst(
                rules,
                "(?:was|were|have been|has been) " + ADVERBS
                        + "(?:among (?:the )?(?:[a-z0-9-]+ ){0,3})?(?:formally |officially )?invited (?:(?:on )?{W} )?"
                        + TO_JOIN + WHEN,
                "prospective member");
        // "O on Monday formally invited A and B to become members of the trade group"
        add(
                rules,
                "(?<inviter>{OA}) (?:on {W} )?" + ADVERBS
                        + "(?:formally |officially )?(?:invited|invites|asked) (?<list>" + LIST + ") " + TO_JOIN,
                "prospective member");
        // "leaders agreed to let A join the 12-nation O"
        add(
                rules,
                "(?:allow|allowed|allows|permit|permitted|let) (?<list>" + LIST + ") " + TO_JOIN,
                "prospective member");
        // "the EU granted candidate status to Georgia in December 2023"
        add(
                rules,
                "(?:grant|granted|grants|give|gave|given|award|awarded|accord|accorded|confer|conferred) (?:official |formal )?"
                        + "candidate status to (?<list>" + LIST + ")",
                "prospective member");
        // "the council granted A and B candidate status"; "leaders agreed to give A observer status"
        add(
                rules,
                "(?:grant|granted|grants|give|gave|given|award|awarded|accord|accorded|confer|conferred) (?<list>"
                        + LIST + ") (?:official |formal )?candidate status",
                "prospective member");
        add(
                rules,
                "(?:grant|granted|grants|give|gave|given|award|awarded|accord|accorded|confer|conferred) (?<list>"
                        + LIST + ") (?:official |formal |permanent )?(?<rel>observer|dialogue partner) status",
                "observer");
        subjectFirst(
                rules,
                "(?:was|were|has been|have been) " + ADVERBS
                        + "(?:granted|given|awarded|accorded) (?:official |formal |permanent )?(?<rel>observer|dialogue partner) status(?: (?:by|in|at) "
                        + ORG + ")?",
                "observer");
        // "Four states – A, B, C and D – make up O"
        add(
                rules,
                "(?<list>" + LIST + ") (?:— )?(?:comprise|make up|constitute|form the membership of) " + ORG,
                "member");
        // "the General Assembly elected A, B and C as non-permanent members of its Security Council"
        add(
                rules,
                "(?:elected|re-elected|reelected|admitted|accepted|welcomed) (?<list>" + LIST
                        + ") as (?:the )?(?:new |non-permanent |permanent |full )?(?:members?|member states?|member countries)"
                        + " of (?:its )?" + ORG,
                "member");
        // "A obtained full membership of the group last March"
        subjectFirst(
                rules,
                ADVERBS
                        + "(?:gained|obtained|secured|won|received|acquired|completed|formalized|formalised|finalized|finalised|sealed) (?:its |their )?(?:full )?(?:membership|accession) (?:in|of|to) "
                        + ORG + "(?: (?:on |in )?(?<date>{W}))?",
                "joined");
        // "O's nine members, led by A"; "its partners, headed by B"; "the 9-member O, led by A"
        inferred(
                rules,
                "(?:(?<org>{OA})" + ACRONYM
                        + " 's|its) (?:[0-9]+ )?(?<rel>members|partners|allies) , (?:led by|headed by) (?<list>{C}(?: and {C})*)",
                "member");
        inferred(
                rules,
                "(?:the )?(?:[0-9]+ - member )?(?<org>{O})" + ACRONYM
                        + " , (?:led by|headed by) (?<list>{C}(?: and {C})*)",
                "member");
        // "with A being the newest member in 2004"
        add(
                rules,
                "with (?<list>" + LIST
                        + ") being the (?:most recent|latest|newest|last) (?:addition|member|country to join)(?: (?:in|on) (?<date>{W}))?",
                "joined");
        // "the group was set up by … in 2001 and admitted A in 2005"
        add(
                rules,
                "(?:(?:the )?(?<org>{OA})" + ACRONYM
                        + "|it) (?:[^;]*? )?(?:added|admitted|took in|welcomed|enlisted) (?<list>" + LIST
                        + ") (?:as (?:a |an )?(?:full |new )?member )?(?:in|on) (?<date>{W})",
                "joined");
        // "A will host the O summit": a country hosts the summits of organisations it belongs to
        inferred(
                rules,
                "(?<list>{C}) (?:hosted|hosts|will host|is hosting|is to host|to host) the (?:[0-9a-z-]+(?:th|st|nd|rd) )?(?:annual |regular |ordinary )?(?<org>{O})"
                        + ACRONYM + " summit",
                "member");
        // "A's incoming O presidency"; "A, which assumes the O chairmanship"
        inferred(
                rules,
                "(?<list>{C}) 's (?:upcoming |rotating |current |incoming |outgoing )?(?<org>{O})" + ACRONYM
                        + " (?:presidency|chairmanship|chair)",
                "member");
        inferred(
                rules,
                "(?<list>{C}) (?:— |, )?(?:which |who )?(?:takes|took|will take|assumes|assumed|assumes|has taken|is taking) over the (?:rotating )?(?<org>{O})"
                        + ACRONYM + " (?:chair|chairmanship|presidency)",
                "member");
        // "Japan takes over the rotating presidency of the G20 from Argentina": both hold it in turn, so both belong
        inferred(
                rules,
                "(?<list>{C}) (?:takes|took|will take|assumes|assumed|has taken|is taking) over the (?:rotating )?(?:presidency|chairmanship|chair) of "
                        + ORG,
                "member");
        inferred(
                rules,
                "{C} (?:takes|took|will take|assumes|assumed|has taken|is taking) over the (?:rotating )?(?:presidency|chairmanship|chair) of "
                        + ORG + " from (?<list>{C})",
                "member");
        // "O — A, B, C and D —"; "the group (A, B and C)"
        add(
                rules,
                "(?<org>{O})" + ACRONYM
                        + " (?:(?:grouping|group|alliance|bloc|partners|members|nations|countries|states) )?(?:of [a-z-]+(?: [a-z-]+){0,2} )?(?:—|\\(|-) (?:the )?(?<list>{C}(?: (?:,|and|, and) (?:the )?{C}){2,}) (?:—|\\)|-)",
                "member");
        // "O, comprising A, B and C"; "O, which groups …"
        add(
                rules,
                "(?<org>{O})" + ACRONYM
                        + " , (?:comprising|consisting of|made up of|grouping|bringing together|uniting|which includes|which comprises|whose members are) (?:the )?(?<list>"
                        + LIST + ")",
                "member");
        // "A's accession to O in May 2004": done, when the sentence dates it
        add(
                rules,
                "(?<list>{C}) 's (?:formal |official )?(?:accession|admission) (?:to|into) (?:the )?(?<org>{OA})"
                        + ACRONYM + " (?:in|on) (?<date>{W})",
                "joined");
        // "A was readmitted to O"
        subjectFirst(
                rules,
                "(?:was|were|has been|have been) " + ADVERBS + "(?:readmitted|re-admitted|reinstated) (?:to|into|in) "
                        + ORG + WHEN,
                "joined");
        // "A applied to join O"; "A's bid to join O"; "A's application for membership of O"
        subjectFirst(
                rules,
                ADVERBS
                        + "(?:formally |officially )?(?:applied|applies|apply) (?:to join|for (?:full )?membership (?:of|in)) "
                        + ORG + WHEN,
                "prospective member");
        add(
                rules,
                "(?<list>{C}) 's (?:formal |official |membership )?(?:bid|application|request) (?:to join|for (?:full )?membership (?:of|in)) (?:the )?(?<org>{OA})"
                        + ACRONYM,
                "prospective member");
        // "A was suspended from O"; "A, B and C, which were suspended from O after coups"
        subjectFirst(
                rules,
                "(?:, which |, who )?(?:was|were|has been|have been|had been|remains|remain|are|is|are currently|is currently) "
                        + ADVERBS + "suspended (?:from|by) " + ORG + WHEN,
                "suspended member");
        // "A, which holds the rotating presidency of O"; "A, current chair of O"
        inferred(
                rules,
                "(?<list>{C}) , (?:which |who )?(?:holds|held|currently holds|will hold|is) (?:the )?(?:current |rotating |incoming )*(?:presidency|chairmanship|chair) of (?:the )?(?<org>{OA})"
                        + ACRONYM,
                "member");
        inferred(
                rules,
                "(?<list>{C}) , (?:the )?(?:current |rotating |incoming )*(?:chair|president) of (?:the )?(?<org>{OA})"
                        + ACRONYM,
                "member");
        moreRules(rules);
        evenMoreRules(rules);
        return List.copyOf(rules);
    }

    /** A token of a list of leaders; "of" may take a place the data files do not know ("the ruler of Fujairah"). */
    private static final String LEADER_WORD =
            "(?:[DTPCY]\\d+|of [a-z][a-z'-]*|the|of|and|'s|’s|,|;|\\(|\\)|—|representative|envoy|deputy|acting|his|her)";

    /**
     * "Among the GCC leaders present were King A of Bahrain; B, the emir of Qatar; and Kuwaiti Crown Prince C": the
     * organisation's own leaders, then a list that holds nothing but people, their titles and their countries.
     */
    private static final ShapePattern LEADERS = ShapePattern.compile("(?:(?<org>{O})" + ACRONYM + " (?:'s )?" + COUNT
            + "?(?:leaders|heads of state and government|heads of state|heads of government)"
            // "leaders and representatives from SADC member states, including President A of B, ..."
            + "|(?:leaders|heads of state and government|heads of state|heads of government)"
            + "(?: and (?:representatives|delegates|ministers|officials))? (?:of|from) (?:the )?" + COUNT
            + "?(?<org2>{O})" + ACRONYM + "(?: countries| nations| member states| member countries)?)"
            + "(?: (?:in attendance|present|attending|gathered))? (?:,|:|—|were|are|included|include|including|such as|from"
            + "|, including|, such as) "
            + "(?<list>" + LEADER_WORD + "(?: " + LEADER_WORD + ")*)");

    private static final String NEWEST = "(?:newest |latest |youngest |most recent |[0-9a-z-]+(?:th|st|nd|rd) )*";

    private static void moreRules(List<Rule> rules) {
        // "Armenia and Belarus are EAEU members"; "Norway is a NATO ally"
        subjectFirst(
                rules,
                "(?:, which |, who )?(?:is|are|remains|remain|has been|have been) (?:a |an |also |both |all |now )*(?:full |(?<mod>founding ))?(?<org>{O})"
                        + ACRONYM + " " + "(?:member states?|member countries|member country|members?|allies|ally)",
                "member");
        // "Bosnia and Herzegovina is an EU candidate country", "Belarus is an SCO observer state"
        subjectFirst(
                rules,
                "(?:, which |, who )?(?:is|are|remains|remain|has been|have been) (?:a |an |also |both |all |now |still |an official |official )*(?<org>{O})"
                        + ACRONYM
                        + " (?:membership )?(?<rel>candidate country|candidate countries|candidates?|observer states?|observer countries|observers?|dialogue partners?)"
                        + "(?! (?:of|to|for|in|at)(?![^ ]))",
                "member");
        // "The group also counts Chile and Peru among its members"; "APEC counts Taiwan as a member economy"
        add(
                rules,
                "(?:(?:the )?(?<org>{OA})" + ACRONYM
                        + "|it) (?:also |now |currently |still )*(?:counts|counted|lists|listed) (?<list>"
                        + LIST + ") (?:among|as) (?:its |a |an |one of its )?(?:(?<mod>founding) )?"
                        + "(?:members?|member states?|member countries|member economy|member economies)(?! (?:of|in)(?![^ ]))",
                "member");
        // "Russia, a fellow CSTO member"; "Indonesia, the largest ASEAN member"; "Chad, a founding AU member state"
        add(
                rules,
                NOT_AFTER_PREPOSITION + "(?<list>" + LIST + ") , (?:a |an |the |both |all |also )*" + STANDING
                        + "(?:(?:largest|biggest|smallest|oldest|poorest|richest|wealthiest|most populous|most powerful|only) )?"
                        + "(?:(?<mod>founding) )?(?<org>{O})" + ACRONYM
                        + " (?:members?|member states?|member countries|member country|member nations?|allies|ally)"
                        + "(?! (?:of|to|in|at|for)(?![^ ]))",
                "member");
        // "Norway and Denmark, both NATO allies"; "Sweden, NATO's newest member"; "Norway, one of NATO's 32 members"
        add(
                rules,
                "(?<list>" + LIST + ") , (?:a |an |the |both |all |also |one of |among )*(?:(?<org>{OA})" + ACRONYM
                        + " 's |its )" + COUNT + "?" + NEWEST
                        + "(?:full )?(?<rel>founding members?|members?|member states?|allies|ally)",
                "member");
        add(
                rules,
                "(?<list>" + LIST + ") (?:,|\\(|—) (?:both |all )(?<org>{O})" + ACRONYM
                        + " (?:members|allies|member states)",
                "member");
        // "Sweden is the alliance's 32nd member"
        subjectFirst(
                rules,
                "(?:is|are|has been|have been) (?:a |an |the |one of |among )*(?:(?<org>{OA})" + ACRONYM + " 's |its )"
                        + COUNT + "?" + NEWEST + "(?:full )?(?<rel>founding members?|members?|member states?)",
                "member");
        // "NATO member Turkey", "EU member state Hungary", "fellow EAEU members Kazakhstan and Belarus", "NATO allies
        // Poland and Estonia"
        add(
                rules,
                "(?:fellow )?(?<org>{O})" + ACRONYM
                        + " (?:fellow )?(?<rel>member state|member country|member nation|member|ally|partner country|candidate country|candidate|observer state|observer)"
                        + " (?<list>{C})(?! (?:,|and) {C})",
                "member");
        add(
                rules,
                "(?:fellow )?(?<org>{O})" + ACRONYM
                        + " (?:fellow )?(?<rel>allies|candidate countries|candidates) (?:(?:,|:|—) )?(?:including |such as |like |notably )?(?<list>"
                        + NAMED_LIST + ")",
                "member");
        add(
                rules,
                "(?:fellow )(?<org>{O})" + ACRONYM + " (?:fellow )?" + STATUS_WORDS
                        + " (?:(?:,|:|—) )?(?:including |such as |like |notably )?(?<list>" + NAMED_LIST + ")",
                "member");
        // "Members of the EAEU include Armenia, ..."
        add(
                rules,
                "(?:the )?" + STATUS_WORDS + " of " + ORG
                        + " (?:currently |now |also )?(?:include|includes|included|are|were|comprise|comprises|consist of) (?:, )?(?<list>"
                        + LOOSE + ")",
                "member");
        // "the Quad grouping of India, Japan and Australia"; "BRICS countries such as India and Brazil"
        add(
                rules,
                "(?<org>{O})" + ACRONYM
                        + " (?:grouping|group|bloc|alliance|partnership|club|forum) (?:of|comprising|including|uniting) (?:the )?(?<list>"
                        + LIST + ")",
                "member");
        add(
                rules,
                "(?<org>{O})" + ACRONYM
                        + " (?:countries|nations|states|member states|member countries) (?:(?:,|\\() )?(?:including|such as|like|notably|among them) (?:the )?(?<list>"
                        + LIST + ")",
                "member");
        add(rules, "(?<org>{O})" + ACRONYM + " (?:countries|nations|states) (?<list>" + NAMED_LIST + ")", "member");
        add(
                rules,
                "(?<org>{O})" + ACRONYM
                        + " (?:countries|nations|states|member states|member countries) (?:—|\\() (?:the )?(?<list>"
                        + LIST + ")(?: (?:and|, and) others)? (?:—|\\))",
                "member");
        // "The African Union, of which Ghana is a founding member"
        add(
                rules,
                "(?<org>{OA})" + ACRONYM + " , of which (?<list>" + LIST
                        + ") (?:is|are|was|were|has been|have been) (?:a |an |also |both |all |one of the )*(?:full |(?<mod>founding ))?"
                        + "(?:members?|member states?|member countries)",
                "member");
        // "NATO's newest member, Sweden"; "member state Laos"; "observer state Mongolia"
        add(
                rules,
                "(?:(?<org>{OA})" + ACRONYM
                        + " 's |its )(?:newest |latest |youngest |most recent |[0-9a-z-]+(?:th|st|nd|rd) )+(?<rel>member|member state) , (?<list>{C}) ,",
                "member");
        add(
                rules,
                "(?<![a-z] )(?<rel>member state|member country|observer state|observer country|dialogue partner|partner country|associated state|associate member|candidate country) (?<list>{C})(?! (?:,|and) {C})",
                "member");
        // "Current ASEAN chair Laos"; "Brazil, the current G20 president"
        inferred(
                rules,
                "(?:(?:current|rotating|incoming|outgoing) )?(?<org>{O})" + ACRONYM
                        + " (?:chair|president|presidency holder|host) (?<list>{C})(?! 's)",
                "member");
        inferred(
                rules,
                "(?<list>{C}) , (?:the |this year 's )?(?:current |rotating |incoming |outgoing )*(?<org>{O})" + ACRONYM
                        + " (?:chair|chairman|president|presidency holder|host) ,",
                "member");
        // "Algeria is seeking to join BRICS"; "Ukraine hopes to become a member of NATO"
        subjectFirst(
                rules,
                "(?:, which |, who )?(?:is |are |has been |have been |was |were )?(?:seeking|seeks|seek|sought|hoping|hopes|hope|hoped|wants|want|wanted|aspires|aspire|aspiring|bidding|keen|eager|vying|pushing|pushes)"
                        + " to (?:join|become (?:a |an |the )?(?:full |permanent )?members? of) " + ORG,
                "prospective member");
        subjectFirst(
                rules,
                ADVERBS + "(?:formally |officially )?(?:applied|applies|apply) for (?:full )?(?<org>{O})" + ACRONYM
                        + " membership",
                "prospective member");
        subjectFirst(
                rules,
                ADVERBS
                        + "(?:formally |officially )?(?:submitted|submits|filed|files|lodged|handed in) (?:its |their |a |an )?(?:formal |official )?(?:application|bid|request)"
                        + " (?:to join|for (?:full )?membership (?:of|in)) " + ORG,
                "prospective member");
        // "India, Japan, Australia and the United States, the four Quad nations"; "Norway and Denmark (both NATO
        // members)"
        add(
                rules,
                "(?<list>" + LIST + ") (?:,|—|\\() (?:the |all |both )" + COUNT + "?(?:(?<mod>founding) )?(?<org>{O})"
                        + ACRONYM + " (?:members|member states|member countries|nations|countries|allies)",
                "member");
        // "Laos became an observer of the SCO"; "Belarus became a BRICS partner country"; "Ethiopia is now part of
        // BRICS"
        subjectFirst(
                rules,
                ADVERBS
                        + "(?:became|become|becomes) (?:an? |the )?(?:official )?(?<rel>observer state|observer|dialogue partner|partner country|associate member|candidate country|candidate)"
                        + " (?:of|in|to|at) " + ORG + WHEN,
                "observer");
        subjectFirst(
                rules,
                ADVERBS + "(?:became|become|becomes) (?:an? |the )?(?:official )?(?<org>{O})" + ACRONYM
                        + " (?<rel>observer state|observer|dialogue partner|partner country|associate member|candidate country|candidate)"
                        + WHEN,
                "observer");
        subjectFirst(
                rules,
                ADVERBS
                        + "(?:received|obtained|gained|won|secured|got) (?:official |formal )?candidate status(?: (?:from|by|in|of) "
                        + ORG + ")?",
                "prospective member");
        // "Finland has been a member of NATO since April 2023": a member, that joined then
        subjectFirst(
                rules,
                "(?:has|have) (?:also |now )?been (?:a |an )?(?:full |permanent )?members? of " + ORG
                        + " (?<since>since) (?<date>{W})(?! 's)",
                "member");
        subjectFirst(
                rules,
                "(?:is|are) (?:also |both |all |now |already )*(?:a )?part of " + ORG
                        + "(?= [.,;—]| and | since | as |$)",
                "member");
        // "A and B, ... through membership of the European Union"
        add(
                rules,
                "(?<list>" + LIST
                        + ") (?:, [^;]*? )?(?:through|via|by virtue of|thanks to|because of) (?:its |their )?(?:full )?membership (?:of|in) "
                        + ORG,
                "member");
        // "Cuba welcomed the vote on behalf of the Group of 77": the country that speaks for a group, where it alone is
        // named
        inferred(rules, "^(?:the )?(?<list>{C}) (?:(?![CD]\\d)[^;])*?on behalf of " + ORG, "member");
        // "ASEAN leaders agreed in principle to admit Timor-Leste"
        add(
                rules,
                "(?:agreed|agree|agrees|decided|decide|voted|vote|plans|plan|set|moved|move)(?: in principle)? to (?:formally )?(?:admit|accept|take in) (?<list>"
                        + LIST + ")(?! 's)",
                "prospective member");
        // "Uzbekistan, an EAEU observer state"; "Cuba is an EAEU observer state"; "which has the status of an observer
        // state in the EAEU"
        add(
                rules,
                "(?<list>" + LIST + ") , (?:a |an |the |also |both |all )?(?<org>{O})" + ACRONYM
                        + " (?<rel>observer states?|observer countries|observer country|observers?|dialogue partners?|partner countries|partner country|associate members?)",
                "observer");
        subjectFirst(
                rules,
                "(?:, which |, who )?(?:is|are|remains|remain|has been|have been) (?:a |an |also |both |all |now )*(?<org>{O})"
                        + ACRONYM
                        + " (?<rel>observer states?|observer countries|observer country|observers?|dialogue partners?|partner countries|partner country|associate members?)",
                "observer");
        subjectFirst(
                rules,
                "(?:, which |, who )?(?:has|have|holds|hold|enjoys|enjoy|received|obtained|was granted|were granted) (?:had )?(?:the )?status of (?:an? )?(?<rel>observer state|observer|dialogue partner|partner country|associate member) (?:in|at|with|to|of) "
                        + ORG,
                "observer");
        // "Austria and Ireland announced their candidacy for NATO membership"
        subjectFirst(
                rules,
                ADVERBS
                        + "(?:announced|submitted|filed|launched|made|declared|lodged) (?:its |their |a |an )?(?:formal |official )?(?:candidacy|candidature|bid|bids|application|applications)"
                        + " (?:to join (?:the )?(?<org>{OA})" + ACRONYM
                        + "|for (?:full )?membership (?:of|in) (?:the )?(?<org2>{OA})" + ACRONYM
                        + "|for (?:full )?(?<org3>{O})" + ACRONYM + " membership)",
                "prospective member");
        // "Armenia belongs to the CSTO"
        subjectFirst(rules, "(?:, which |, who )?(?:belongs|belong) to " + ORG, "member");
        // "the five-nation bloc of Brazil, ..."; "the 10-member ASEAN, including Laos, ..."
        add(
                rules,
                "the (?:[0-9]+ - (?:nation|member|country|state|strong)|[a-z]+-nation|[a-z]+-member|[a-z]+-country|[a-z]+-state|[a-z]+-strong) (?:(?<org>{O})"
                        + ACRONYM
                        + " )?(?:bloc |group |grouping |alliance |union |organisation |organization |club |{A} )?"
                        + "(?:, )?(?:of|comprising|consisting of|made up of|including|which includes|that includes|grouping|uniting) (?:the )?(?<list>"
                        + LIST + ")",
                "member");
        // "the trade group, made up of ..."; "the bloc, which includes ... as well as ..."
        add(
                rules,
                "(?:the )?(?<org>{OA})" + ACRONYM
                        + " , (?:which |that )?(?:is |was )?(?:currently |now |also |still |today )?(?:comprising|consisting of|made up of|composed of|includes|comprises|groups"
                        + "|brings together|unites|consists of|made up of|composed of|whose members are|whose members include) (?:"
                        + COUNT_OF_MEMBERS + ")?(?:the )?(?<list>" + LOOSE + ")",
                "member");
        // "Egypt, Ethiopia and Iran became BRICS members"
        subjectFirst(
                rules,
                ADVERBS + "(?:became|become|becomes) (?:a |an |the )?" + ORDINAL + "(?<org>{O})" + ACRONYM
                        + " (?:member states?|member countries|members?)" + WHEN,
                "joined");
        // "Timor-Leste was admitted as ASEAN's 11th member"
        subjectFirst(
                rules,
                // "Somalia was yesterday admitted as the eighth member of the EAC": the day between the verb's parts
                "(?:was|were) " + ADVERBS
                        + "(?:(?<date2>{W}) )?(?:admitted|incorporated|accepted) as (?:a |an |the |its )?(?:(?<org>{OA})"
                        + ACRONYM + " 's )?" + NEWEST + ORDINAL + "members?(?: of (?:the )?(?<org2>{OA})" + ACRONYM
                        + ")?"
                        + WHEN,
                "joined");
        // "ASEAN admitted Timor-Leste as its 11th member"; "The Commonwealth admits Gabon and Togo"; "NATO welcomed
        // Sweden as its newest member"
        add(
                rules,
                "(?:(?:the )?(?<org>{OA})" + ACRONYM
                        + "|it) (?:has |have |formally |officially |on {W} )*(?:admitted|admits|took in|takes in|enlisted|enlists) (?<list>"
                        + LIST + ")"
                        // "admitted Somalia as its eighth member in November 2023": the day it joined
                        + "(?: as (?:a |an |the |its )?(?:[a-z0-9-]+ ){0,2}members?(?: states?)?" + WHEN
                        + "(?= [.,;—]|$))?"
                        + "(?= (?:as |to |into |in |on |at |during |after |\\.|,|;|—)|$)",
                "joined");
        add(
                rules,
                "(?:(?:the )?(?<org>{OA})" + ACRONYM
                        + "|it) (?:has |have |formally |officially |on {W} )*(?:welcomed|welcomes|welcome) (?<list>"
                        + LIST + ") as (?:a |an |the |its )?" + NEWEST + ORDINAL + "(?:members?|member states?)",
                "joined");
        // "Indonesia became the first Southeast Asian country to join BRICS"
        subjectFirst(
                rules,
                ADVERBS
                        + "(?:became|was|were) the (?:first|second|third|latest|newest|last|most recent|[0-9a-z-]+(?:th|st|nd|rd)) (?:[a-z-]+ |{D} ){0,3}?"
                        + "(?:country|nation|state|member|countries|nations|states) to (?:join|enter) " + ORG + WHEN,
                "joined");
        // "BRICS expanded to include Egypt, ..."; "BRICS will expand to include ..."
        add(
                rules,
                "(?:(?:the )?(?<org>{OA})" + ACRONYM
                        + "|it) (?:has |was |formally |officially |recently |later |then )*(?:expanded|grew|enlarged|was expanded|was enlarged|has expanded)"
                        + "(?: (?:in|on) {W})? (?:to include|to take in|to admit|with the addition of|by adding|by admitting) (?:the )?(?<list>"
                        + LIST + ")" + WHEN,
                "joined");
        add(
                rules,
                "(?:(?:the )?(?<org>{OA})" + ACRONYM
                        + "|it) (?:will|would|is to|is set to|is due to|plans to|agreed to|decided to) (?:formally |officially )?(?:expand|enlarge|grow)"
                        + "(?: (?:in|on) {W})? (?:to include|to take in|to admit|by adding|by admitting) (?:the )?(?<list>"
                        + LIST + ")",
                "prospective member");
        // "BRICS invited Egypt and Iran to join"; "the summit invited A to join as full members"
        add(
                rules,
                "(?:the )?(?<org>{O})" + ACRONYM + " (?:summit |leaders |members |on {W} )?" + ADVERBS
                        + "(?:formally |officially )?(?:invited|invites|asked) (?<list>" + LIST + ") "
                        + "to (?:join|become (?:full |new |permanent )*members)(?! (?:the )?{OA})",
                "prospective member");
        // "Mongolia, which has observer status in the SCO"
        subjectFirst(
                rules,
                "(?:, which |, who )?(?:has|have|holds|hold|enjoys|enjoy) (?:had |held )?(?:official |formal |permanent )?(?<rel>observer|dialogue partner) status"
                        + " (?:in|at|with|to|of) " + ORG,
                "observer");
        // "Russia, Thailand and Bosnia and Herzegovina hold observer status.": in the organisation the article is of,
        // when the sentence ends there
        subjectFirst(
                rules,
                "(?:has|have|holds|hold|enjoys|enjoy) (?:had |held )?(?:official |formal |permanent )?"
                        + "(?<rel>observer|dialogue partner) status(?= [.;]|$)",
                "observer");
        // "Moldova, an EU candidate country"; "Serbia, a candidate for EU membership"
        add(
                rules,
                "(?<list>" + LIST + ") , (?:a |an |both |all |also )?(?:official )?(?<org>{O})" + ACRONYM
                        + " (?:membership )?(?:candidate countries|candidate country|candidates|candidate)",
                "prospective member");
        add(
                rules,
                "(?<list>" + LIST + ") , (?:a |an |both |all |also )?(?:official )?candidates? for (?<org>{O})"
                        + ACRONYM + " membership",
                "prospective member");
        // "Bermuda, an associate member of CARICOM"
        subjectFirst(
                rules,
                "(?:, which |, who )?(?:is|are|remains|remain|has been|have been) (?:a |an |also |both |all )*(?<rel>associate members?|associated states?|associate states?) (?:of|in|to) "
                        + ORG,
                "associate member");
        add(
                rules,
                "(?<list>" + LIST
                        + ") , (?:a |an |also |both |all )*(?<rel>associate members?|associated states?|associate states?) (?:of|in|to) "
                        + ORG,
                "associate member");
    }

    /** Phrasings added for news in general: candidacies, suspensions, completed accessions, plural statuses. */
    private static void evenMoreRules(List<Rule> rules) {
        // "Turkey is an official candidate for EU membership"; "A and B are candidates for membership of the EU"; "X is
        // a candidate to join O"
        subjectFirst(
                rules,
                "(?:, which |, who )?(?:is|are|remains|remain|has been|have been) (?:a |an |also |both |all |now |still |the )*(?:official |formal )?"
                        + "(?:membership )?candidates? (?:for (?:full )?membership (?:of|in) (?:the )?(?<org>{OA})"
                        + ACRONYM + "|for (?:full )?(?<org2>{O})" + ACRONYM
                        + " membership|to join (?:the )?(?<org3>{OA})" + ACRONYM + ")",
                "prospective member");
        // "Albania, a candidate for membership of the EU, ..."; "Serbia, an official candidate to join the EU, ..."
        add(
                rules,
                "(?<list>" + LIST
                        + ") , (?:a |an |both |all |also |now |still )?(?:official |formal )?(?:membership )?candidates? "
                        + "(?:for (?:full )?membership (?:of|in) (?:the )?(?<org>{OA})" + ACRONYM
                        + "|to join (?:the )?(?<org2>{OA})" + ACRONYM + ")",
                "prospective member");
        // "Bolivia and Cuba became BRICS partner countries"; "Laos and Nepal became SCO dialogue partners"
        subjectFirst(
                rules,
                ADVERBS + "(?:became|become|becomes) (?:the )?(?:official |new )?(?<org>{O})" + ACRONYM
                        + " (?<rel>observer states|observer countries|observers|dialogue partners"
                        + "|partner countries|partner states|associate members|candidate countries)" + WHEN,
                "observer");
        // "Thailand and Malaysia are among the new BRICS partner countries"; "Chile is among the bloc's observer
        // states"
        subjectFirst(
                rules,
                "(?:is|are|was|were) (?:also |now |already )?among (?:the )?(?:(?<org2>{OA})" + ACRONYM
                        + " 's |its )?(?:new |newest |latest |first |original |current )?(?:(?<org>{O})" + ACRONYM
                        + " )?"
                        + "(?<rel>partner countries|partner states|observer states|observer countries|observers|dialogue partners|associate members|candidate countries)(?: (?:of|in) (?:the )?(?<org3>{OA})"
                        + ACRONYM + ")?",
                "observer");
        // "The AU suspended Niger after the coup"; "ECOWAS suspended Mali's membership": not "suspended aid to Mali"
        add(
                rules,
                "(?:(?:the )?(?<org>{OA})" + ACRONYM
                        + "|it) (?:has |have |had |formally |officially |also |promptly |swiftly |on {W} )*suspended (?<list>"
                        + NAMED_LIST
                        + ")(?: 's (?:membership|participation))?(?= (?:from|after|following|over|in|on|until|because|amid|indefinitely) |(?: [,.;—])|$)",
                "suspended member");
        // "Syria's membership of the Arab League was suspended in 2011"
        add(
                rules,
                "(?<list>{C}) 's (?:membership|participation) (?:of|in) (?:the )?(?<org>{OA})" + ACRONYM
                        + " (?:was|has been|had been|remains|remained|is) (?:formally |officially |also )?suspended",
                "suspended member");
        // "Croatia's accession to the EU was completed in 2013"; "the accession of Croatia to the EU took effect on 1
        // July 2013"
        add(
                rules,
                "(?<list>{C}) 's (?:formal |official )?(?:accession|admission) (?:to|into) (?:the )?(?<org>{OA})"
                        + ACRONYM + " (?:was |has been |had been )?"
                        + "(?:completed|finalised|finalized|formalised|formalized|took effect|took place|became official|became effective)"
                        + WHEN,
                "joined");
        add(
                rules,
                "(?:the )?(?:formal |official )?(?:accession|admission) of (?<list>" + NAMED_LIST
                        + ") (?:to|into) (?:the )?(?<org>{OA})" + ACRONYM + " "
                        + "(?:(?:in|on) (?<date>{W})|(?:was |has been |had been )?(?:completed|finalised|finalized|formalised|formalized|took effect|took place|became official|became effective)"
                        + "(?: (?:in|on) (?<date2>{W}))?)",
                "joined");
        // "Following the accession of Finland to NATO, ..."; "since Croatia's accession to the EU"
        add(
                rules,
                "(?:following|after|since) (?:the )?(?:formal |official )?(?:accession|admission) of (?<list>"
                        + NAMED_LIST + ") (?:to|into) (?:the )?(?<org>{OA})" + ACRONYM,
                "joined");
        add(
                rules,
                "(?:following|after|since) (?<list>{C}) 's (?:formal |official )?(?:accession|admission) (?:to|into) (?:the )?(?<org>{OA})"
                        + ACRONYM,
                "joined");
        // "Egypt and Iran, which joined BRICS last year, ..."
        add(
                rules,
                NOT_AFTER_PREPOSITION + "(?<list>" + LIST + ") , (?:which|who) " + ADVERBS + "(?:joined|rejoined) "
                        + ORG + JOINED_END + WHEN,
                "joined");
        // "Vietnam was accepted into ASEAN in 1995"; "Montenegro was granted full membership of NATO"
        subjectFirst(
                rules,
                "(?:was|were) " + ADVERBS + "accepted (?:into|to|as (?:a |an )?(?:full |new )?members? of) " + ORG
                        + WHEN,
                "joined");
        subjectFirst(
                rules,
                "(?:was|were|has been|have been) " + ADVERBS
                        + "(?:granted|given|awarded) (?:full )?membership (?:of|in|to) " + ORG + WHEN,
                "joined");
        // "As a member of the EU, Ireland must ..."; "As NATO members, Norway and Denmark sent ships"
        add(
                rules,
                "(?:^|, )(?:as|being) (?:a |an |fellow |full )*(?:(?<mod>founding ))?(?:members?|member states?|member countries) (?:of|in) "
                        + ORG + " , (?<list>" + NAMED_LIST + ")(?= [a-z])",
                "member");
        add(
                rules,
                "(?:^|, )(?:as|being) (?:a |an |fellow |full )*(?:(?<mod>founding ))?(?<org>{O})" + ACRONYM
                        + " (?:members?|member states?|member countries) , (?<list>" + NAMED_LIST + ")(?= [a-z])",
                "member");
        // "Ghana and Nigeria are two of the 15 ECOWAS member states"; "India is one of the BRICS nations"
        subjectFirst(
                rules,
                "(?:is|are|was|were|remains|remain) (?:also |both |all |still )?(?:among|one of|two of|three of|four of|five of) (?:the )?"
                        + COUNT + "?(?:(?<mod>founding ) )?" + "(?<org>{O})" + ACRONYM
                        + " (?:member states|member countries|member nations|members|nations|countries|states)",
                "member");
        // "Uruguay's plan to join the CPTPP"; "Georgia's hopes of joining the EU"; "Iran's pending accession to the
        // SCO"
        add(
                rules,
                "(?<list>{C}) 's (?:long-standing |longstanding |stated |declared |formal )?(?:plan|plans|intention|hope|hopes|aspiration|aspirations|ambition|ambitions|drive|push|quest|desire)"
                        + " (?:to join|of joining) (?:the )?(?<org>{OA})" + ACRONYM,
                "prospective member");
        // "Turkish President X, whose country is a member of NATO": the country whose leader the article names X
        add(
                rules,
                "(?<list>)(?<head>{P}) , whose country is (?:also |still |now )?(?:a |an )?(?:full |(?<mod>founding ))?member (?:of|in) "
                        + ORG,
                "member");
        // "President X's plan to join the O": the country whose leader the article names X
        add(
                rules,
                "(?<list>)(?<head>{P}) 's (?:stated |declared |formal )?(?:plan|plans|intention|hope|hopes|aspiration|aspirations|ambition|ambitions|bid|application)"
                        + " (?:to join|of joining) (?:the )?(?<org>{OA})" + ACRONYM,
                "prospective member");
        add(
                rules,
                "(?<list>{C}) 's (?:pending|planned|expected|upcoming|forthcoming|future|prospective) (?:accession|admission)(?: (?:to|into) (?:the )?(?<org>{OA})"
                        + ACRONYM + ")?",
                "prospective member");
        // "Kenya, along with Uganda and Tanzania, is a member of the EAC"
        add(
                rules,
                "(?<list>" + LIST + ") , along with (?<more>" + NAMED_LIST
                        + ") , (?:is|are|was|were|remains|remain|has been|have been) (?:a |an |also |both |all |one of the )*"
                        + "(?:full |(?<mod>founding ))?(?:members?|member states?|member countries) (?:of|in) " + ORG,
                "member");
        // "BRIC, a grouping of Brazil, Russia, India and China"
        add(
                rules,
                "(?<org>{OA})" + ACRONYM
                        + " , (?:a |an |the )?(?:[a-z-]+ )?(?:grouping|group|bloc|club|alliance|union) of (?<list>"
                        + NAMED_LIST + ")",
                "member");
        // "leaders of the G5 Sahel -- Mauritania, Mali, Niger, Burkina Faso and Chad --"
        add(
                rules,
                "(?:leaders|heads of state|members|member states) of (?:the )?(?<org>{O})" + ACRONYM
                        + " (?:—|–|-|- -) (?<list>" + NAMED_LIST + ") (?:—|–|-|- -)",
                "member");
        // "Peru joined APEC in 1998, along with Russia and Vietnam": the countries along with it joined too
        add(
                rules,
                "(?<list>" + LIST + ") " + ADVERBS + "(?:joined|acceded to) " + ORG + WHEN + " , along with (?<more>"
                        + NAMED_LIST + ")(?= [.,;]|$)",
                "joined");
        // "other members of the bloc, including Egypt and Algeria"; "the 55 member states of the AU, such as Kenya"
        add(
                rules,
                STATUS_WORDS + " of (?:the )?(?<org>{OA})" + ACRONYM
                        + " (?:, )?(?:including|such as|like|notably|among them|namely) (?<list>" + NAMED_LIST + ")",
                "member");
        // "Its 23 member states stretch from A, B and C to D and E", "The association's 25 member states range from A
        // and B on the mainland to island nations such as C and D": both ends of the range are members
        String range = "(?:member states|member countries|members) (?:range|ranges|ranged|stretch|stretches|stretched"
                + "|run|runs) from ";
        add(
                rules,
                "(?:(?:the )?(?<org>{OA}) 's|its) (?:[0-9]+ |[a-z-]+ )?" + range + "(?<list>" + LIST + ")",
                "member");
        add(
                rules,
                "(?:(?:the )?(?<org>{OA}) 's|its) (?:[0-9]+ |[a-z-]+ )?" + range
                        + "[^;]*? to (?:[a-z-]+ ){0,3}(?:such as |including |like )?(?<list>" + LIST + ")",
                "member");
        // "The bloc was revived in 1999, with Rwanda and Burundi joining in 2007": the organisation the sentence's
        // subject, the article's, or the one named before
        add(
                rules,
                "(?:, |^|(?<=[W]\\d{1,3} ))with (?<list>" + LIST
                        + ") (?:joining|acceding|entering|being admitted|admitted)(?: (?:the )?"
                        + "(?<org>{OA}))?(?: (?:in|on) (?<date>{W}))(?= [.;,—]| and |$)",
                "joined");
        // "Originally founded as a three-member bloc by A, B and C in 1967, the bloc ...", "Set up by A and B in 1992,
        // the three states ...": the founders before what they founded, which the sentence names or refers to next
        add(
                rules,
                "^(?:[a-z]+ )?(?:founded|established|created|formed|set up) (?:as (?:a |an )?[^,;]*? )?by (?<list>"
                        + LIST + ")(?: (?:in|on) {W})? , (?:(?:the |its )?(?<org>{OA})|(?:the |its )(?:[a-z0-9-]+ )?"
                        + "(?:states|countries|nations|members|founders) [^;]*?(?<org2>{OA}))",
                "founding member");
        // "The Czech Republic will hand the presidency of the Visegrad Group to Poland next week": a presidency that
        // passes from one member to another
        inferred(
                rules,
                "(?<list>{C}) (?:will |is to |is set to |has |have )?(?:[a-z]+ly )?(?:hand|hands|handed|handing|pass|passes|passed)"
                        + " (?:over )?(?:the )?(?:rotating |six-month |annual )?(?:presidency|chairmanship) of " + ORG
                        + " (?:over )?to (?<more>{C})",
                "member");
        // "South Sudan is expected to be admitted into the group today"
        subjectFirst(
                rules,
                "(?:is|are) " + ADVERBS + "(?:slated|set|due|expected|scheduled|poised|about|going) to be (?:formally "
                        + "|officially )?(?:admitted|accepted) (?:to|into|in) (?:the )?(?<org>{OA})" + ACRONYM + WHEN,
                "prospective member");
        // "The African Union's induction into the G20, a grouping of ..., is now formal"
        add(
                rules,
                "(?<list>{CO}) 's (?:formal |official )?(?:induction|accession|admission|entry) (?:to|into) (?:the )?"
                        + "(?<org>{OA})" + ACRONYM + "(?: , [^;]*? ,)? (?:is|was|has been|became) (?:now |finally )?"
                        + "(?:formal|official|complete|completed|final|finalised|finalized|effective)" + WHEN,
                "joined");
        // "Canada, Japan and Mexico are observer states", "The US has been an observer since 1995": of the organisation
        // the article is about, the sentence naming none
        subjectFirst(
                rules,
                "(?:is|are|has been|have been|became|become|remains|remain) (?:an |the |also |both |all )*(?:official )?"
                        + "(?:observer|observers|observer states?|observer countries|observer nations)"
                        // an organisation named after it ("..., while Israel is an observer to PACE") may be
                        // another's: then the sentence does not say whose observers they are
                        + "(?: since (?<date>{W}))?(?= [.;,]| while | whereas |$)(?![^;]*{O})",
                "observer");
        // "Eswatini, Zimbabwe and Tanzania are the other countries making up the 16-member SADC bloc"
        add(
                rules,
                NOT_AFTER_PREPOSITION + "(?<list>" + LIST
                        + ") (?:are|were) (?:the |its )?(?:other |remaining |rest of the )?"
                        + "(?:countries|states|nations|members|member states|member countries) (?:making up|that make up"
                        + "|which make up|forming|that form|which form|comprising) (?:the )?(?:[0-9]+ - member )?"
                        + "(?<org>{OA})" + ACRONYM,
                "member");
        // "where the presidency will be transferred from Uzbekistan to Kazakhstan": a rotating presidency passes from
        // one member to another, of the organisation the sentence or the article names
        inferred(
                rules,
                "(?:(?:the |its )(?:rotating |annual |six-month )?(?:presidency|chairmanship)(?: of " + ORG + ")?"
                        + " (?:will be |was |is being |has been |is to be |is )?(?:transferred|handed over|passed|passed on)"
                        + " from (?<list>{C}) to (?<more>{C}))",
                "member");
        // "by the founding fathers of ASEAN: A, B, C and D"; "the original members of the EEC were A, B and C"
        add(
                rules,
                "(?:founding|original) (?:members|member states|member countries|states|nations|countries|fathers) of"
                        + " (?:the )?(?<org>{OA})" + ACRONYM + " (?::|—|-|were|are|included|include) (?<list>" + LIST
                        + ")",
                "founding member");
        // "BRICS originally included Brazil, Russia, India and China": the members it began with
        add(
                rules,
                "(?:the )?(?<org>{OA})" + ACRONYM
                        + " (?:originally|initially|at first) (?:included|comprised|consisted of"
                        + "|was made up of|brought together|grouped) (?<list>" + NAMED_LIST + ")",
                "founding member");
        // "India formally handed over the G20 presidency to Brazil": both hold it in turn, so both belong
        inferred(
                rules,
                "(?<list>{C}) (?:will |is to |is set to |has |have )?(?:[a-z]+ly )?(?:hand|hands|handed|handing|pass|passes"
                        + "|passed) (?:over )?(?:the )?(?:rotating |six-month |annual )?(?<org>{O}) (?:presidency|chairmanship)"
                        + " (?:over )?to (?<more>{C})",
                "member");
        // "Saudi Arabia has yet to formally join": invited, not a member yet
        subjectFirst(
                rules,
                "(?:has|have) yet to (?:formally |officially )?join(?: (?:the )?(?<org>{OA})" + ACRONYM
                        + ")?(?= [.,;]|$)",
                "prospective member");
    }

    private static void add(List<Rule> rules, String pattern, String relation) {
        rules.add(new Rule(ShapePattern.compile(pattern), relation, cues(pattern), Facts.Found.PLAIN));
    }

    private static void inferred(List<Rule> rules, String pattern, String relation) {
        rules.add(new Rule(ShapePattern.compile(pattern), relation, cues(pattern), INFERRED));
    }

    /** The verbs and nouns a pattern cannot match without, read from the pattern itself. */
    private static List<String> cues(String pattern) {
        if (pattern.contains(STATUS_WORDS)) {
            return STATUS_CUES; // every rule with the status words needs one of them, whatever else it may hold
        }
        // the pattern's own brackets are no cue: only a literal "(" or ":" of the sentence is
        String words = pattern;
        for (String fragment : OPTIONAL_FRAGMENTS) {
            words = words.replace(fragment, " ");
        }
        String literal = REGEX_GROUP
                .matcher(words.replace("\\(", " ( ").replace("\\)", " ) "))
                .replaceAll("(")
                .replace(":", " : ");
        List<String> cues = new ArrayList<>();
        if (pattern.contains("|-)") || pattern.contains("(?:-|")) {
            cues.add(" - "); // a hyphen among the dashes the pattern takes: "O - A, B and C -"
        }
        for (String cue : CUES) {
            if (literal.contains(cue)) {
                cues.add(cue);
            }
        }
        return cues.isEmpty() ? CUES : cues;
    }

    /** A rule whose list is the sentence's subject: right before the verb, or opening the sentence before an aside in commas. */
    private static void subjectFirst(List<Rule> rules, String predicate, String relation) {
        add(rules, "(?<list>" + LIST + ") " + predicate, relation);
        add(rules, "^(?<list>" + LIST + ") , [^;]*? , " + predicate.replaceFirst("^\\(\\?:, \\)\\?", ""), relation);
        // "Armenia, which became a full member in 2015, ...": one country, so "which" cannot be the last of several
        String bare =
                predicate.replaceFirst("^\\(\\?:, \\)\\?", "").replaceFirst("^\\(\\?:, which \\|, who \\)\\?", "");
        add(rules, NOT_AFTER_PREPOSITION + "(?<list>(?:the )?{C})(?: ,)? (?:which|who) " + bare, relation);
    }

    /** Words after a suspension that say it ended: "suspended in 2011 and restored in 2023", "until it was lifted". */
    private static final Pattern ENDED_AFTER = Pattern.compile(
            "(?:^| )(?:restored|reinstated|readmitted|re-admitted|lifted|rejoined|returned|ended|revoked|overturned)(?: |$)");

    /** "observer states and dialogue partners": which of the two each country is, the sentence does not say. */
    private static final Pattern MIXED_STATUS =
            Pattern.compile("(?:observers?|observer states?|dialogue partners?|members?) (?:and|or) $");
    /**
     * "former members X and Y", "prospective members X", "seeking full membership (X, Y)": not (or not yet) members;
     * other rules say which.
     */
    private static final Pattern QUALIFIED_BEFORE = Pattern.compile(
            "(?:^| )(?:former|ex|onetime|one-time|previous|prospective|potential|future|candidate|aspiring|would-be|non|non-"
                    // "observer states interested in acceding to full membership (A, B and C)": not members yet
                    + "|acceding to|accede to|seeking|seek|applied for|apply for|applying for|bid for|aspiring to"
                    + "|aspire to|interested in|path to|road to|way to|towards) $");

    /** "Brunei joined in 1984, followed by Vietnam in 1995 and Laos in 1997": each country with its own year. */
    private static final ShapePattern FOLLOWED = ShapePattern.compile(
            // "became the ninth member of the CPLP in 2002, followed by ...", "joined the EAC in 2016 and the DR
            // Congo in 2022"
            "(?:joined|became (?:a |an |the |its )?(?:[0-9a-z-]+ )?(?:full )?members?|was admitted|were admitted)[^;]*? (?:in|on) {W}"
                    // "Timor-Leste joined in 2002, after its independence, and Angola in 2014": an aside before the
                    // next
                    + "(?: , (?:after|before|following|upon|when|as) [^,;]*?)? (?:, followed by|followed by|, and|and|,|, while|while) (?<chain>(?:the )?{C}(?: (?:,|and|, and) (?:the )?{C})* (?:in|on) {W}"
                    + "(?: (?:,|and|, and) (?:the )?{C}(?: (?:,|and|, and) (?:the )?{C})* (?:in|on) {W})*)(?= [.;,—]| and | but |$)");

    @Override
    public void extract(AnnotatedSentence sentence, ArticleContext context, List<Fact> found) {
        SummitAttendance.extract(sentence, context, found);
        Shape shape = sentence.shape();
        if (!(shape.has('C') || shape.has('O')) || !shape.containsAny(CUES)) {
            return;
        }
        followers(sentence, context, found);
        leaders(sentence, context, found);
        for (int index = 0; index < RULES.size(); index++) {
            Rule rule = RULES.get(index);
            // the text every match needs first: it rules out nearly every rule, and costs less than the cues
            if (!rule.pattern().mayMatch(shape) || !shape.containsAny(rule.cues())) {
                continue;
            }
            Matcher m = rule.pattern().matcher(shape);
            while (m.find()) {
                String before = shape.text().substring(Math.max(0, m.start() - 30), m.start());
                if (MIXED_STATUS.matcher(before).find()
                        || QUALIFIED_BEFORE.matcher(before).find()) {
                    continue;
                }
                Optional<Knowledge.Organisation> organisation =
                        organisation(sentence, context, m).map(Knowledge.get()::membershipOf);
                if (organisation.isEmpty()) {
                    continue;
                }
                String relation = relation(rule.relation(), m);
                if (relation.equals("suspended member")
                        && ENDED_AFTER.matcher(shape.text().substring(m.end())).find()) {
                    continue; // "was suspended in 2011 and restored in 2023": not suspended now
                }
                Map<String, String> qualifiers =
                        dateQualifier(sentence, context, m, rule.relation().equals("prospective member"));
                List<Member> members = members(sentence, m, relation, found);
                List<Map<String, String>> eachDate = moreDates(sentence, context, m, members.size());
                if (eachDate != null) {
                    qualifiers = Map.of();
                }
                // "the bloc" rather than a name, a date resolved against the article's, an item of a long list: each a
                // step of doubt
                Facts.Found by = new Facts.Found("member." + index, rule.confidence())
                        .doubted(!namedOrganisation(sentence, m))
                        .doubted(qualifiers.containsKey("resolved_from"))
                        .doubted(members.size() >= LONG_LIST);
                for (int item = 0; item < members.size(); item++) {
                    Member member = members.get(item);
                    String itemRelation = member.relation().orElse(relation);
                    if (member.name().equals(organisation.get().name())
                            || unrelated(member.name(), itemRelation, organisation.get(), sentence)) {
                        continue;
                    }
                    Map<String, String> itemQualifiers =
                            eachDate != null && !eachDate.isEmpty() ? eachDate.get(item) : qualifiers;
                    String date = itemQualifiers.get("date");
                    // "joined in 2023"; "has been a member since 2023"
                    boolean joinedThen = (itemRelation.equals("joined") || group(m, "since") != null) && date != null;
                    if (group(m, "since") != null && stated(found, member.name(), itemRelation, organisation.get())) {
                        // the membership another rule read with no date: once is enough, and this rule adds the date
                        if (joinedThen) {
                            accession(member.name(), organisation.get(), date, sentence, context, by, found);
                        }
                        continue;
                    }
                    if (stated(found, member.name(), itemRelation, organisation.get())) {
                        if (date == null) {
                            continue; // read by a rule before: once is enough
                        }
                        // the same membership read before with no date: this reading's date replaces it
                        found.removeIf(sameMembership(member.name(), itemRelation, organisation.get())
                                .and(fact -> !fact.qualifiers().containsKey("date")));
                    }
                    Facts.addOnce(
                            found,
                            Facts.of(
                                    FactKind.MEMBER,
                                    member.name(),
                                    itemRelation,
                                    organisation.get().name(),
                                    itemQualifiers,
                                    sentence,
                                    context,
                                    by));
                    if (joinedThen) {
                        accession(member.name(), organisation.get(), date, sentence, context, by, found);
                    }
                }
            }
        }
    }

    /** Whether a member fact of this country, relation and organisation is already found. */
    private static boolean stated(
            List<Fact> found, String country, String relation, Knowledge.Organisation organisation) {
        return found.stream().anyMatch(sameMembership(country, relation, organisation));
    }

    /** A member fact of this country, relation and organisation. */
    private static java.util.function.Predicate<Fact> sameMembership(
            String country, String relation, Knowledge.Organisation organisation) {
        return fact -> fact.kind() == FactKind.MEMBER
                && fact.subject().equals(country)
                && fact.relation().equals(relation)
                && fact.object().equals(organisation.name());
    }

    private static void followers(AnnotatedSentence sentence, ArticleContext context, List<Fact> found) {
        Shape shape = sentence.shape();
        if (!shape.containsAny(List.of("joined", "became", "admitted"))) {
            return;
        }
        Matcher m = FOLLOWED.matcher(shape);
        if (!m.find()) {
            return;
        }
        Optional<Knowledge.Organisation> organisation = Optional.empty();
        for (Mention mention : shape.mentionsIn(0, m.start("chain"))) {
            if (mention instanceof Mention.OrganisationMention named
                    && named.organisation().listed()) {
                organisation = Optional.of(named.organisation());
            }
        }
        boolean named = organisation.isPresent();
        organisation = organisation.or(
                () -> context.referredOrganisation(sentence, sentence.tokens().size()));
        if (organisation.isEmpty()) {
            return;
        }
        Facts.Found by = new Facts.Found("member.followed", Facts.Found.PLAIN).doubted(!named);
        // "..., followed by Laos and Myanmar in 1997": every country before a date joined on it
        List<String> countries = new ArrayList<>();
        for (Mention mention : shape.mentionsIn(m.start("chain"), m.end("chain"))) {
            if (mention instanceof Mention.CountryMention c && !c.demonym()) {
                countries.add(c.country().name());
            } else if (mention instanceof Mention.DateMention date) {
                Optional<String> iso = DateResolver.resolve(date.expression(), context.published(), false);
                Map<String, String> qualifiers =
                        iso.map(d -> Map.of("date", d)).orElseGet(() -> Map.of("when", date.written()));
                for (String country : countries) {
                    Facts.addOnce(
                            found,
                            Facts.of(
                                    FactKind.MEMBER,
                                    country,
                                    "joined",
                                    organisation.get().name(),
                                    qualifiers,
                                    sentence,
                                    context,
                                    by));
                    if (iso.isPresent()) {
                        accession(country, organisation.get(), iso.get(), sentence, context, by, found);
                    }
                }
                countries.clear();
            }
        }
    }

    private static void leaders(AnnotatedSentence sentence, ArticleContext context, List<Fact> found) {
        Shape shape = sentence.shape();
        if (!shape.containsAny(List.of("leaders", "heads of"))) {
            return;
        }
        Matcher m = LEADERS.matcher(shape);
        while (m.find()) {
            Mention org = m.start("org") >= 0 ? shape.mention(m, "org") : shape.mention(m, "org2");
            if (!(org instanceof Mention.OrganisationMention named)
                    || !named.organisation().listed()) {
                continue;
            }
            List<Mention> listed = shape.mentions(m, "list");
            // a list of countries alone ("G7 leaders, France and Italy") says less than a list of people
            if (listed.stream()
                    .noneMatch(x -> x instanceof Mention.PersonMention || x instanceof Mention.TitleMention)) {
                continue;
            }
            Facts.Found by = new Facts.Found("member.leaders", INFERRED);
            for (Mention mention : listed) {
                if (mention instanceof Mention.CountryMention country) {
                    Facts.addOnce(
                            found,
                            Facts.of(
                                    FactKind.MEMBER,
                                    country.country().name(),
                                    "member",
                                    named.organisation().name(),
                                    Map.of(),
                                    sentence,
                                    context,
                                    by));
                }
            }
        }
    }

    /** "Cambodia joined in 1999" is also a date a student can be asked: "the accession of Cambodia to ASEAN". */
    private static void accession(
            String country,
            Knowledge.Organisation organisation,
            String date,
            AnnotatedSentence sentence,
            ArticleContext context,
            Facts.Found by,
            List<Fact> found) {
        Facts.addOnce(
                found,
                Facts.of(
                        FactKind.DATE,
                        "accession of " + country + " to " + organisation.shortName(),
                        "date",
                        date,
                        Map.of(),
                        sentence,
                        context,
                        by));
    }

    private record Member(String name, Optional<String> relation) {}

    /** A list this long is read item by item, and one misread separator shifts every item after it. */
    private static final int LONG_LIST = 5;

    private static boolean namedOrganisation(AnnotatedSentence sentence, Matcher m) {
        for (String name : List.of("org", "org2", "org3")) {
            if (group(m, name) != null && sentence.shape().mention(m, name) instanceof Mention.OrganisationMention) {
                return true;
            }
        }
        return false;
    }

    private static String relation(String ruleRelation, Matcher m) {
        String relation = ruleRelation;
        if (group(m, "rel") != null) {
            relation = status(group(m, "rel"));
        }
        String mod = group(m, "mod");
        if (mod != null) {
            relation = mod.strip().equals("founding") ? "founding member" : "prospective member";
        }
        String mods = group(m, "mods");
        if (mods != null && (mods.contains("founding") || mods.contains("original"))) {
            relation = "founding member";
        }
        return relation;
    }

    /** The relation a status word names: "observer states" → "observer". */
    private static String status(String words) {
        if (words.startsWith("founding") || words.startsWith("founder") || words.startsWith("co-founder")) {
            return "founding member";
        }
        if (words.startsWith("observer")) {
            return "observer";
        }
        // Each status as the article names it: Mercosur has associated states and OPEC partners, neither has
        // dialogue partners (ASEAN's and the SCO's word); none of them is a member.
        if (words.startsWith("dialogue")) {
            return "dialogue partner";
        }
        if (words.startsWith("partner")) {
            return "partner";
        }
        if (words.startsWith("associate")) {
            return "associate member";
        }
        if (words.startsWith("candidate")) {
            return "prospective member";
        }
        return "member";
    }

    private static final java.util.Set<String> MEMBERSHIP = java.util.Set.of("member", "joined", "founding member");
    /** A remark in parentheses right after a list item that puts it on the way in: "Bolivia (in the process of accession)". */
    private static final Pattern ASIDE_PROSPECTIVE = Pattern.compile(
            "^[A-Z]\\d+ \\( [^()]*?(?:accession|acceding|applicant|applied|candidate|joining|to join)[^()]* \\)");

    private static Optional<String> asideRelation(String fromItem) {
        return ASIDE_PROSPECTIVE.matcher(fromItem).find() ? Optional.of("prospective member") : Optional.empty();
    }

    /** "OPEC members", "EU countries": an organisation's name used to say which countries. */
    private static final Pattern ORGANISATION_AS_MODIFIER = Pattern.compile(
            "^[A-Z]\\d+ (?:members?|member states?|member countries|member nations|countries|nations|states|producers|economies|allies)(?: |$)");
    /** ", a NATO member", ", an observer of the SCO", ", one of the founders": one thing, said of one item. */
    private static final Pattern SINGULAR_APPOSITION =
            Pattern.compile("^ (?:,|\\(|—) (?:also |now |currently |itself |still )?(?:a|an|one of) ");

    private static List<Member> members(AnnotatedSentence sentence, Matcher m, String relation, List<Fact> found) {
        Shape shape = sentence.shape();
        List<Member> members = new ArrayList<>();
        int listStart = m.start("list");
        for (Shape.Placed placed : shape.placedIn(listStart, m.end("list"))) {
            Optional<String> name = memberName(placed.mention());
            // "the 13 OPEC members and ten other producers": an organisation naming a kind of country is no item
            if (placed.mention() instanceof Mention.OrganisationMention
                    && ORGANISATION_AS_MODIFIER
                            .matcher(shape.text().substring(placed.at()))
                            .lookingAt()) {
                continue;
            }
            String before = shape.text().substring(listStart, placed.at());
            if (name.isPresent() && before.lastIndexOf('(') > before.lastIndexOf(')')) {
                continue; // "Hong Kong (China)": what the brackets say of an item is no item
            }
            if (name.isPresent()) {
                Optional<String> aside = asideRelation(shape.text().substring(placed.at()));
                Optional<String> written = itemRelation(shape.text().substring(listStart, placed.at()));
                if (aside.isPresent()) {
                    members.add(new Member(name.get(), aside));
                }
                // an associate or observer may be on its way to membership too; a member or a founder is not
                if (aside.isEmpty() || !MEMBERSHIP.contains(written.orElse(relation))) {
                    members.add(new Member(name.get(), written));
                }
            }
        }
        // "the EU and Turkey, a NATO member": a singular apposition names the last item alone
        if (members.size() > 1
                && SINGULAR_APPOSITION
                        .matcher(shape.text().substring(m.end("list")))
                        .lookingAt()) {
            String last = members.get(members.size() - 1).name();
            members.removeIf(member -> !member.name().equals(last));
        }
        if (group(m, "more") != null) {
            for (Mention mention : shape.mentions(m, "more")) {
                memberName(mention).ifPresent(name -> members.add(new Member(name, Optional.empty())));
            }
        }
        if (group(m, "head") != null) {
            headCountry(shape.mention(m, "head"), found)
                    .ifPresent(name -> members.add(0, new Member(name, Optional.empty())));
        }
        return members;
    }

    /**
     * A status written in front of one list item: "..., and prospective member Nigeria"; or in front of the brackets
     * the item stands in: "..., four observer states (Afghanistan, Belarus and Iran)" makes each of the three an
     * observer.
     */
    private static Optional<String> itemRelation(String listSoFar) {
        int open = listSoFar.lastIndexOf(" ( ");
        if (open >= 0 && open > listSoFar.lastIndexOf(" ) ")) {
            listSoFar = listSoFar.substring(0, open);
        }
        int cut = Math.max(
                listSoFar.lastIndexOf(" , "),
                Math.max(listSoFar.lastIndexOf(" and "), listSoFar.lastIndexOf(" as well as ")));
        String item = cut < 0 ? listSoFar : listSoFar.substring(cut);
        if (item.contains("prospective")) {
            return Optional.of("prospective member");
        }
        if (item.contains("observer")) {
            return Optional.of("observer");
        }
        if (item.contains("founding")) {
            return Optional.of("founding member");
        }
        return Optional.empty();
    }

    /** Members are countries by name, or listed organisations (the African Union in the G20). */
    private static Optional<String> memberName(Mention mention) {
        if (mention instanceof Mention.CountryMention country && !country.demonym()) {
            return Optional.of(country.country().name());
        }
        if (mention instanceof Mention.OrganisationMention organisation
                && organisation.organisation().listed()) {
            return Optional.of(organisation.organisation().name());
        }
        return Optional.empty();
    }

    /** The country of "Ghana" or of a person whose title this sentence states ("Turkish President X"). */
    private static Optional<String> headCountry(Mention head, List<Fact> found) {
        if (head instanceof Mention.CountryMention country) {
            return Optional.of(country.country().name());
        }
        if (head instanceof Mention.PersonMention person) {
            return found.stream()
                    .filter(f -> f.kind() == FactKind.POSITION && f.subject().endsWith(person.name()))
                    .map(Fact::object)
                    .findFirst();
        }
        return Optional.empty();
    }

    /**
     * Whether the memberships file, which lists the organisation, ties the country to it in no way: then "the bloc's
     * members" read as that organisation are another's ("the bloc" after NATO was named, of a report on BRICS). Only
     * for an organisation the sentence does not name, since a name written beside the country is news the file may
     * not have; and only for a full membership, or a status of which the file lists someone for that organisation: the
     * file lists every full member of an organisation it knows, but not every observer or partner ("the dialogue
     * partners" of the Pacific Islands Forum, which it does not list, are no other organisation's).
     */
    private static boolean unrelated(
            String member, String relation, Knowledge.Organisation organisation, AnnotatedSentence sentence) {
        Memberships file = Memberships.get();
        if (!MEMBERSHIP.contains(relation)
                && file.of(organisation.name()).values().stream()
                        .noneMatch(s -> s.label().equals(relation))) {
            return false;
        }
        for (Mention mention : sentence.mentions()) {
            if (mention instanceof Mention.OrganisationMention named
                    && named.organisation().equals(organisation)) {
                return false;
            }
        }
        return file.knows(organisation.name())
                && Knowledge.get().findCountry(member).isPresent()
                && file.status(organisation.name(), member).isEmpty();
    }

    /** A match's membership followed by what it is of, which the match did not read: "member of the bank". */
    private static final Pattern OF_SOMETHING_ELSE = Pattern.compile(" (?:of|in|within) (?:the |its |their )?+[a-z]");

    private static Optional<Knowledge.Organisation> organisation(
            AnnotatedSentence sentence, ArticleContext context, Matcher m) {
        Shape shape = sentence.shape();
        Mention named = null;
        for (String name : List.of("org", "org2", "org3")) {
            if (named == null && group(m, name) != null) {
                named = shape.mention(m, name);
            }
        }
        if (named instanceof Mention.OrganisationMention organisation) {
            return organisation.organisation().listed() ? Optional.of(organisation.organisation()) : Optional.empty();
        }
        if (named instanceof Mention.ReferenceMention) {
            return context.referredOrganisation(sentence, named.from());
        }
        if (OF_SOMETHING_ELSE.matcher(shape.text().substring(m.end())).lookingAt()) {
            // "Honduras became the 11th member of the bank": of a body the data files do not name, not of the article's
            return Optional.empty();
        }
        if (group(m, "rel") != null && m.group().contains(" as ") && !m.group().contains("admitted as ")) {
            // "took part as observers": of the organisation whose summit it was (but "admitted as observers": to the
            // organisation the sentence or the article names)
            return Summits.organisation(sentence, context);
        }
        List<Mention> inMatch = shape.mentionsIn(m.start(), m.end());
        int at = inMatch.isEmpty() ? sentence.tokens().size() : inMatch.get(0).from();
        String matched = m.group();
        if (matched.startsWith("it ") || matched.startsWith("its ") || matched.startsWith("whose ")) {
            return context.lastNamedBefore(sentence, at); // "its members", "whose members": the organisation just named
        }
        // "Vietnam became a member in 1995", "prospective member X": a reference in the sentence, else the one
        // organisation
        // the sentence names ("BRICS members ... were joined by new members A and B"), else the article's organisation
        // the one organisation the sentence names, not counting those in the list of members ("The United States,
        // China and the European Union are among the dialogue partners": partners of the article's forum, not the EU's)
        List<Mention> listed = group(m, "list") == null ? List.of() : shape.mentions(m, "list");
        java.util.Set<Knowledge.Organisation> namedHere = new java.util.LinkedHashSet<>();
        for (Mention mention : sentence.mentions()) {
            if (mention instanceof Mention.ReferenceMention) {
                return context.referredOrganisation(sentence, mention.from());
            }
            if (mention instanceof Mention.OrganisationMention o
                    && o.organisation().listed()
                    && !listed.contains(mention)) {
                namedHere.add(o.organisation());
            }
        }
        if (namedHere.size() == 1) {
            return Optional.of(namedHere.iterator().next());
        }
        return context.referredOrganisation(sentence, at);
    }

    /** "This Thursday, March 7, Sweden became …", "In 1995, Vietnam joined …": a date opening the sentence dates it. */
    private static final ShapePattern OPENING_DATE = ShapePattern.compile("^(?:on |in )?(?<date>{W}) ,");

    private static Map<String, String> dateQualifier(
            AnnotatedSentence sentence, ArticleContext context, Matcher m, boolean future) {
        Mention.DateMention date;
        // a date opening the sentence dates its verb, past or future as the sentence says ("On Thursday, the bloc
        // invited Chile to join": the Thursday before), not the joining a prospective member's rule looks forward to
        boolean ahead = future || Facts.future(sentence);
        if (group(m, "date") != null) {
            date = (Mention.DateMention) sentence.shape().mention(m, "date");
        } else if (group(m, "date2") != null) {
            date = (Mention.DateMention) sentence.shape().mention(m, "date2");
        } else {
            Matcher opening = OPENING_DATE.matcher(sentence.shape());
            if (!opening.lookingAt() || opening.end() > m.start()) {
                return Map.of();
            }
            date = (Mention.DateMention) sentence.shape().mention(opening, "date");
            ahead = Facts.future(sentence);
        }
        return DateResolver.resolve(date.expression(), context.published(), ahead)
                .map(iso -> date.expression().absolute()
                        ? Map.of("date", iso)
                        : Map.of("date", iso, "resolved_from", date.written()))
                .orElseGet(() -> Map.of("when", date.written()));
    }

    /** "in 2013 and 2007": more dates after the one a rule read. */
    private static final Pattern MORE_DATES = Pattern.compile("^((?: (?:,|and|, and) W\\d+)+)( ,)?( respectively)?");

    /**
     * "A and B joined the bloc in 2004 and 2007 respectively": each item its own date, in order. Null when the rule's date
     * is alone; empty when several dates follow without "respectively" or not one per item, so that none is given.
     */
    private static List<Map<String, String>> moreDates(
            AnnotatedSentence sentence, ArticleContext context, Matcher m, int items) {
        if (group(m, "date") == null) {
            return null;
        }
        Shape shape = sentence.shape();
        Matcher more = MORE_DATES.matcher(shape.text().substring(m.end("date")));
        if (!more.lookingAt()) {
            return null;
        }
        List<Mention> dates = new ArrayList<>();
        dates.add(shape.mention(m, "date"));
        dates.addAll(shape.mentionsIn(m.end("date"), m.end("date") + more.end(1)));
        if (more.group(3) == null || dates.size() != items) {
            return List.of();
        }
        List<Map<String, String>> each = new ArrayList<>();
        for (Mention mention : dates) {
            Mention.DateMention date = (Mention.DateMention) mention;
            each.add(DateResolver.resolve(date.expression(), context.published(), Facts.future(sentence))
                    .map(iso -> date.expression().absolute()
                            ? Map.of("date", iso)
                            : Map.of("date", iso, "resolved_from", date.written()))
                    .orElseGet(() -> Map.of("when", date.written())));
        }
        return each;
    }

    private static String group(Matcher m, String name) {
        if (!m.pattern().pattern().contains("(?<" + name + ">")) {
            return null;
        }
        return m.group(name);
    }

    /** The statuses of a country on its way in: the article's own "joined" or "member" for the pair is where it got to. */
    private static final java.util.Set<String> ON_THE_WAY = java.util.Set.of("prospective member", "candidate");

    private static final java.util.Set<String> IN = java.util.Set.of("joined", "member", "founding member");

    /**
     * An article's facts without the steps toward membership that the same article says were completed: "Timor-Leste
     * became the 11th member of ASEAN on Sunday. Timor-Leste applied for ASEAN membership in 2011." makes it a member
     * on the article's date, not still an applicant (the application keeps its date fact). A membership joined on a
     * day after the article's is not yet completed, so the step stays.
     */
    static List<Fact> withoutStepsCompleted(List<Fact> facts) {
        java.util.Set<List<String>> in = new java.util.HashSet<>();
        for (Fact fact : facts) {
            if (fact.kind() == FactKind.MEMBER && IN.contains(fact.relation()) && !joinedLater(fact)) {
                in.add(List.of(fact.subject(), fact.object()));
            }
        }
        return facts.stream()
                .filter(fact -> fact.kind() != FactKind.MEMBER
                        || !ON_THE_WAY.contains(fact.relation())
                        || !in.contains(List.of(fact.subject(), fact.object())))
                .toList();
    }

    private static boolean joinedLater(Fact fact) {
        String date = fact.qualifiers().get("date");
        return date != null
                && fact.asOf().isPresent()
                && date.length() >= 4
                && date.compareTo(fact.asOf().get().toString().substring(0, Math.min(10, date.length()))) > 0;
    }
}
