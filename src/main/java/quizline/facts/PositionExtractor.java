package quizline.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who holds which title where: "Russian President Jane Doe", "President Jane Doe of
 * Uzbekistan"-style phrasing in general terms: demonym or country + title + name,
 * title + name + "of" country, name + ", the title of" country, "the title of" country + ", name",
 * "Country's title, name". Titles marked stale ("former", "late") give no fact.
 */
final class PositionExtractor implements SentenceExtractor {
    private static final String PLACE = "(?<place>{CDOKA})";
    /** Nothing more of a list follows: "X, the Kazakh president" but not "X, Indian Prime Minister Y". */
    private static final String NO_NAME_AFTER = "(?! (?:, )?(?:{T} )?{P})";
    /** "the head of the EU delegation", "the president of the Chile office": the office is of a part, not of the place. */
    private static final String NOT_A_PART =
            "(?! (?:delegation|delegations|mission|office|team|chamber|embassy|branch|unit|department"
                    + "|desk|section|task force|caucus|chapter|subsidiary|division|affiliate|bureau"
                    // "the president of the AU peace and security council": a body of the organisation, named in lower
                    // case
                    + "|council|commission|committee|agency|court|parliament|assembly|board|panel|fund|programme|program|secretariat"
                    + "|peace|security|refugee|human rights|development|trade|military|executive|permanent|special)(?![^ ]))";
    /** "acting" written before the country of a title: "Acting Pakistan Permanent Representative"; it joins the title. */
    private static final String KEPT = "(?:(?<kept>acting|interim|caretaker) )?";
    /** Words between a country and its title that leave the title as it is: "Australia's newly-elected Prime Minister". */
    private static final String NEWLY =
            "(?:current |incumbent |sitting |new |newly-elected |newly elected |newly-appointed |newly appointed )?";
    /** Words between "the" and a title that leave the title as it is: "the current President of". */
    private static final String NOW = "(?:current |incumbent |sitting |new |newly-elected |newly elected |present )?";
    /** An age written after a name: "Jane Doe, 64, the Kazakh president". */
    private static final String AGE = "(?:, [1-9][0-9] )?";

    /** Words by which a person enters an office, in the past: "was sworn in as", "took office as", "became". */
    private static final String ENTERED =
            "(?:(?:was|has been|had been) (?:formally |officially )?(?:sworn in|inaugurated) as "
                    + "|(?:formally |officially )?(?:took office|assumed office|took the oath of office) as |became "
                    // "X succeeded John Roe as NATO Secretary General": the office entered, the predecessor's left
                    + "|(?:succeeded|replaced|took over from) (?:{T} )?{P} as )";

    /**
     * A description of the person between the name and the verb: "X, a former prime minister of Portugal, took office
     * as", "X, 64, became". Only one that starts as a description does: not "X, Y and Z became", a list.
     */
    private static final String APPOSITION = "(?:, (?:a |an |the |[1-9][0-9] )[^,;]{0,80}?, )?";

    /** An assembly's session named before it: "President of the 79th session of the UN General Assembly". */
    private static final String SESSION = "(?:[1-9][0-9]*(?:st|nd|rd|th) (?:regular |ordinary )?session of (?:the )?)?";

    private static final List<ShapePattern> PATTERNS = List.of(
            // "handed over to his Malagasy counterpart, President John Roe": the title is written, the country too
            ShapePattern.compile(
                    "(?:his|her|their) (?<place>{D}) counterparts? (?:, )?(?<title>{T}) (?:, )?(?<person>{P})"
                            + "(?! of| \\(| 's)"),
            // Kazakh President Jane Doe; Iran's supreme leader, Ayatollah John Roe
            ShapePattern.compile(KEPT + PLACE + " (?:'s )?" + NEWLY + "(?<title>{T}) (?:, )?(?<person>{P})"),
            // "Kuwait's Emir and Prime Minister John Roe": two titles, one person
            ShapePattern.compile(PLACE + " (?:'s )?(?<title2>{T}) and (?<title>{T}) (?:, )?(?<person>{P})"),
            // Brazil – the President, Jane Doe; (in a list of delegations)
            ShapePattern.compile("(?<place>{C}) (?:—|-|:) (?:the )?(?<title>{T}) (?:, )?(?<person>{P})"),
            // President Jane Doe (Kyrgyzstan)
            ShapePattern.compile("(?<title>{T}) (?<person>{P}) \\( (?<place>{C}) \\)"),
            // "Jane Doe, Oman's Sultan and Prime Minister"
            // not "X, Russia's health minister and chairperson of the Assembly": that chair is the Assembly's
            ShapePattern.compile("(?<person>{P}) , (?:the )?(?<place>{COK}) 's (?<title2>{T}) and (?<title>{T})"
                    + "(?! 's| of| for| at| to)" + NO_NAME_AFTER),
            // Moscow Mayor Jane Doe; the city's mayor: a city holds only a city's offices
            ShapePattern.compile("(?<place>{Y}) (?:'s )?(?<title>{T}) (?:, )?(?<person>{P})"),
            // Crown Prince and Prime Minister John Roe of Kuwait; ... of Kuwait John Roe; John Roe, the crown prince
            // and prime minister of Kuwait
            ShapePattern.compile("(?<title2>{T}) and (?<title>{T}) (?<person>{P}) of (?:the )?(?<place>{CO})"),
            ShapePattern.compile("(?<title2>{T}) and (?<title>{T}) of (?:the )?(?<place>{CO}) (?<person>{P})"),
            ShapePattern.compile(
                    "(?<person>{P}) , (?:the )?(?<title2>{T}) and (?<title>{T}) of (?:the )?(?<place>{CO})(?! 's)"
                            + NOT_A_PART + NO_NAME_AFTER),
            // President Jane Doe of Kyrgyzstan
            // not "ASEAN Secretary-General X of Brunei": a title its place already precedes is that place's, and "of
            // Brunei" says where the holder comes from
            ShapePattern.compile(
                    "(?<![CDOY]\\d{1,4} |[CDOY]\\d{1,4} 's )(?<title>{T}) (?<person>{P}) of (?:the )?(?<place>{CO})"),
            // Jane Doe, the president of X; John Roe, a senior fellow at the Y Institute
            // "X, who also serves as secretary general of the WTO": what X does now, not "served as"
            ShapePattern.compile("(?<person>{P}) " + AGE
                    + ", (?:who is (?:also )?|who (?:also |currently |now )?serves as )?"
                    + "(?:the |a |an )?" + NOW
                    + "(?<title>{T}) (?:of|at|for|in) (?:the )?(?<place>{COAY})(?! 's)" + NOT_A_PART + NO_NAME_AFTER),
            // Doe, Brazil's president
            ShapePattern.compile("(?<person>{P}) " + AGE + ", (?:who is (?:also )?)?(?:the )?(?<place>{COK}) 's "
                    + NEWLY + "(?<title>{T})(?= ,| \\.| said| says| told| and| since|$)" + NO_NAME_AFTER),
            // Doe, the Kazakh president
            // Doe, Acting Pakistan Permanent Representative to the UN
            // Doe, the former Kazakh president; "Doe of Trinidad and Tobago, current UNGA President"
            ShapePattern.compile("(?<person>{P}) (?:of (?:the )?{C} )?" + AGE
                    + ", (?:who is (?:also )?)?(?:the |a |an )?(?:top |senior |veteran |leading |prominent |current |incumbent |sitting )?(?<was>former )?"
                    + KEPT + "(?<place>{CDOK}) (?<title>{T})(?! 's)" + NO_NAME_AFTER),
            // the president of China, Jane Doe; the acting president of Iran after ..., John Roe
            // "the Secretary General of the Organization of American States (OAS), Jane Doe": the name's acronym
            // "Current chairperson of the group, Maldives President John Roe": the person's own office between
            ShapePattern.compile(
                    "(?:the " + NOW + ")?(?<title>{T}) of (?:the )?(?:[a-z]+-member )?(?<place>{COA})(?: \\( {O} \\))?"
                            + "(?: (?:after|following|since|until|during|from|at|in) [^,;]*?)? , (?:(?:{CD} (?:'s )?)?{T} )?"
                            + "(?<person>{P})"),
            // the Kazakh president, Jane Doe
            ShapePattern.compile("the (?<place>{CDK}) (?<title>{T}) , (?<person>{P})"),
            // President of Kazakhstan Jane Doe
            ShapePattern.compile("(?<title>{T}) of (?:the )?(?<place>{CO}) (?<person>{P})"),
            // Jane Doe is the president of X
            ShapePattern.compile(
                    "(?<person>{P})(?: of {C})? (?:is|became|has been|was sworn in as|(?:was|has been) (?:appointed|named)(?: as)?) (?:the |a |an )?(?:new |current )?(?<title>{T}) of (?:the )?(?<place>{COA})(?! 's)"
                            + NOT_A_PART),
            // "Jane Doe was elected Secretary General of the OAS": an office of an organisation, held from the election
            // on; not "was elected president of Brazil", an office still to come
            ShapePattern.compile(
                    "(?<person>{P})(?: of (?:the )?{C})? (?:was|has been|had been) (?:unanimously |formally"
                            + " |officially |duly )?(?:elected|re-elected|reelected)(?: as)? (?:the )?(?:new )?(?<title>{T}) of"
                            + " (?:the )?" + SESSION + "(?<place>{OA})(?! 's)" + NOT_A_PART
                            // "... on July 9, 2023": the day of the election
                            + "(?: \\( {O} \\))?(?: (?:, )?on (?<date>{W})(?! 's))?"),
            // "the World Health Assembly on Tuesday elected Jane Doe, a physician, new Director General of the WHO"
            ShapePattern.compile("(?:{OA}|the [a-z]+) (?:on {W} |{W} )?(?:unanimously |formally |officially )?"
                    + "(?:elected|re-elected|reelected|appointed|named) (?<person>{P})(?: of (?:the )?{C})?(?: , [^,;]+? ,)?"
                    + " (?:as )?(?:the )?(?:new )?(?<title>{T}) of (?:the )?(?<place>{OA})(?! 's)" + NOT_A_PART),
            // "Jane Doe was this week elected by the member states of the OAS as secretary general"
            ShapePattern.compile("(?<person>{P})(?: of (?:the )?{C})? (?:was|has been) (?:{W} )?(?:unanimously )?"
                    + "(?:elected|re-elected|reelected|appointed) by (?:the )?(?:[a-z-]+ ){0,3}(?:of )?(?:the )?"
                    + "(?<place>{OA}) as (?:the )?(?:new )?(?<title>{T})(?! of| 's)"),
            // "the post of President of the organisation is held by Jane Doe"
            ShapePattern.compile("the (?:post|office|position) of (?:the )?(?<title>{T}) of (?:the )?(?<place>{OA}) is"
                    + " (?:currently |now )?held by (?<person>{P})(?! 's)"),
            // the spokesman for the Russian president, John Roe
            ShapePattern.compile("(?<title>{T}) (?:for|of|to) the (?<place>{DK}) (?<boss>{T}) , (?<person>{P})"),
            // Taoiseach John Roe: a title only one country has
            ShapePattern.compile("(?<title>{T}) (?:, )?(?<person>{P})"),
            // Chile was represented by its foreign minister, Jane Doe; the Chilean delegation, led by Vice President
            // John Roe
            ShapePattern.compile(
                    "(?:(?<place>{C}) (?:'s delegation )?|the (?<place2>{D}) delegation )(?:, )?(?:(?:was|were|is|are|will be|would be|has been"
                            + "|had been|will also be|would also be|will instead be|would instead be|is being|was being|is to be|was to be) )?"
                            + "(?:represented|led|headed) (?:at (?:the )?[^,]*? )?by (?:its |his |her |their |the country 's )?(?<title>{T}) (?:, )?"
                            + "(?<person>{P})(?! 's| of| \\()"),
            // "Senegal was represented by Jane Doe, Minister of Foreign Affairs"
            ShapePattern.compile(
                    "(?<place>{C}) (?:was|were|is|are|will be|would be|has been|had been) represented"
                            + " (?:at (?:the )?[^,]*? )?by (?<person>{P}) , (?:its |the )?(?<title>{T})(?! 's| of| for| to| \\()"),
            // "X was sworn in as President of South Africa", "X took office as NATO Secretary General", "X became
            // Britain's prime minister": an office entered, held from then; not "was elected" or "was named", which
            // may be an office still to come
            ShapePattern.compile("(?<person>{P}) " + APPOSITION + "(?:, who )?" + ENTERED
                    + "(?:the )?(?:new )?(?<title>{T}) of (?:the )?" + SESSION + "(?<place>{COA})(?! 's)"),
            // "X, who took office as WTO director-general in 2021, ..."
            ShapePattern.compile("(?<person>{P}) " + APPOSITION + "(?:, who )?" + ENTERED
                    + "(?:the )?(?:new )?(?<place>{CDOK}) (?:'s )?(?<title>{T})" + NO_NAME_AFTER + "(?! of)"),
            // "Chile was represented by President Jane Doe, Peru by Prime Minister John Roe and Bolivia by ...": each
            // country after the first with the verb left out
            ShapePattern.compile("(?<=represented by [^;]{1,120} )(?:, (?:and )?|and )(?<place>{C}) by (?:its |their )?"
                    + "(?<title>{T}) (?:, )?(?<person>{P})(?! 's| of| \\()"),
            // "Ministers appointed Ambassador Jane Doe of Chile as OSCE Secretary General": the organisation before the
            // title, the appointee's rank before the name
            ShapePattern.compile(
                    "(?:{OA}|the [a-z]+|^[a-z]+|{P}) (?:on {W} |{W} )?(?:unanimously |formally |officially )?"
                            + "(?:elected|re-elected|reelected|appointed|named) (?:{T} )?(?<person>{P})(?: of (?:the )?{C})?"
                            + " as (?:the )?(?:new |next )?(?<place>{O}) (?<title>{T})(?! of| 's| \\()"
                            + NO_NAME_AFTER),
            // "X, the Egyptian diplomat who has served as Secretary General of the UfM since 2018": held now ("had
            // served" is past)
            ShapePattern.compile("(?<person>{P}) , (?:[^,;]*? )?who has served as (?:the )?(?<title>{T}) of (?:the )?"
                    + "(?<place>{OA}) since {W}"),
            // "Tanzania's President, Dr. Jane Doe, was elected Chairperson of the Organ": the name in apposition
            // before its election
            // "Jane Doe, one of Ghana's longest serving ministers, won the vote and was named the new Chairperson
            // of the AUC"
            ShapePattern.compile(
                    "(?<person>{P}) ,(?: [^,;]*? ,)?(?: [^;]*? and)? (?:was|has been|had been) (?:unanimously"
                            + " |formally |officially |duly )?(?:elected|re-elected|reelected|appointed|named)(?: as)? (?:the )?"
                            + "(?:new )?(?<title>{T}) of (?:the )?(?<place>{OA})(?! 's)" + NOT_A_PART),
            // "the election of Zimbabwe's President, Dr. Jane Doe, as the Chairperson of SADC"
            ShapePattern.compile("(?:election|re-election|reelection) of (?:[^;]*? )?(?<person>{P}) (?:, )?as (?:the )?"
                    + "(?:new )?(?<title>{T}) of (?:the )?(?<place>{OA})(?! 's)" + NOT_A_PART),
            // "X currently serves as Ghana's Minister for Foreign Affairs": an office held now
            ShapePattern.compile(
                    "(?<person>{P}) " + APPOSITION + "(?:, who )?(?:currently |now |also )?(?:serves|is serving)"
                            + " as (?:the )?(?<place>{CDOK}) (?:'s )?(?<title>{T})" + NO_NAME_AFTER + "(?! of)"),
            ShapePattern.compile("(?<person>{P}) " + APPOSITION
                    + "(?:, who )?(?:currently |now |also )?(?:serves|is serving)"
                    + " as (?:the )?(?<title>{T}) of (?:the )?" + SESSION + "(?<place>{COA})(?! 's)" + NOT_A_PART),
            // "X was elected ECOWAS chairman on July 9, 2023": an organisation's office, the organisation before it
            ShapePattern.compile(
                    "(?<person>{P})(?: of (?:the )?{C})? (?:was|has been|had been) (?:unanimously |formally"
                            + " |officially |duly )?(?:elected|re-elected|reelected)(?: as)? (?:the )?(?:new )?(?<place>{O})"
                            + " (?<title>{T})(?! of| 's| \\(| {P})(?: (?:, )?on (?<date>{W})(?! 's))?"));
    /**
     * Titles after a name that another name follows, taken only where {@link AppositionLists} says the list names each
     * person first: "Ana Souza, Chile's president, Luis Vega, Peru's prime minister, and ...".
     */
    private static final List<ShapePattern> LISTED = List.of(
            ShapePattern.compile("(?<person>{P}) , (?:the |a |an )?" + NOW
                    + "(?<title>{T}) (?:of|at|for|in) (?:the )?(?<place>{COAY})(?! 's)" + NOT_A_PART),
            ShapePattern.compile("(?<person>{P}) , (?:the )?(?<place>{COK}) 's " + NEWLY + "(?<title>{T})(?= ,)"),
            ShapePattern.compile("(?<person>{P}) , (?:the |a |an )?" + KEPT + "(?<place>{CDOK}) (?<title>{T})(?= ,)"));
    /** "former", "late" written just before the match: the title is no longer held, or not yet. */
    private static final Pattern STALE_BEFORE =
            Pattern.compile("(?:^| )(former|late|ex|then|erstwhile|previous|incoming|outgoing|future|would-be) $");
    /** Of the words above, those a fact keeps in its title ("former President"); the others give no fact. */
    private static final Map<String, String> NAMED_STALE =
            Map.of("former", "former", "ex", "former", "outgoing", "outgoing", "incoming", "incoming");
    /** A stale title whose modifier the fact keeps, as {@link MentionFinder} writes it. */
    private static final Pattern NAMED_TITLE = Pattern.compile("^(?:former|outgoing|incoming) |-elect$");

    /** "X on Sunday assumed the chairmanship": a day between the person and the verb. */
    private static final String ON_A_DAY = "(?:(?:on |in )?{W} )?";

    /**
     * After an organisation, a body of it whose chair is not the organisation's: "the chairmanship of the SADC Organ on
     * Politics, Defence and Security", "of the AU Peace and Security Council".
     */
    private static final String NOT_A_BODY_OF_IT = "(?! (?:organ|committee|commission|council|troika|bureau|tribunal"
            + "|court|parliament|secretariat|panel|board|fund|bank|assembly|peace and security council)(?: |$))";

    /**
     * Offices of an organisation written as what a person does with them: "X took over the rotating AU chairmanship",
     * "X, who assumed the chairmanship of the bloc", "X hands the bloc's rotating presidency to Y" (X
     * holds it until then; Y does not yet).
     */
    private static final List<ShapePattern> OFFICE_TAKEN = List.of(
            ShapePattern.compile("(?<person>{P}) (?:, who )?" + ON_A_DAY
                    + "(?:has |had |will |formally )?(?:took over|takes over|take over|assumed|assumes"
                    + "|assume|took up|takes up|holds|held|hold) the (?:rotating |annual |one-year )?(?:(?<place>{OA}) (?:\\( {O} \\) )?)?"
                    + "(?<office>chairmanship|chairpersonship|pro tempore presidency)(?! of)"),
            ShapePattern.compile("(?<person>{P}) (?:, who )?" + ON_A_DAY
                    + "(?:has |had |will |formally )?(?:took over|takes over|take over|assumed|assumes"
                    + "|assume|took up|takes up|holds|held|hold) the (?:rotating |annual |one-year )?"
                    // "assumed the chairmanship of the Islamic Summit of the OIC": its summit's chair is its chair
                    + "(?<office>chairmanship|chairpersonship|pro tempore presidency) of (?:the )?(?:[a-z-]+ )?"
                    + "(?:summit of (?:the )?)?(?<place>{OA})" + NOT_A_BODY_OF_IT),
            ShapePattern.compile("(?<person>{P}) " + ON_A_DAY
                    + "(?:will |would |is to |is set to |is due to |formally |officially )*"
                    + "(?:pass on|passes on|(?<gave>passed on|handed over|passed|handed)|passing on|hand over|hands over"
                    + "|handing over|pass|passes|hand|hands) (?:the |(?={O} 's ))(?:(?<owner>{OA}) 's )?(?:rotating |six-month |one-year |annual )?"
                    + "(?:(?<place>{OA}) )?(?<office>chairmanship|chairpersonship|pro tempore presidency)"
                    + "(?: of (?:the )?(?:[a-z-]+ )?(?<place2>{OA})" + NOT_A_BODY_OF_IT + "(?: \\( {O} \\))?)? to"));

    /**
     * The one a chair passes to: "X handed over the chairmanship of the bloc to his Malagasy counterpart, President Y",
     * "X hands over SADC chairmanship to Madagascar's Y" (Y holds it now); not "X will hand over the six-month CARICOM
     * chairmanship to Prime Minister Y of Z" (Y does not hold it yet).
     */
    private static final ShapePattern HANDED_TO = ShapePattern.compile(
            "(?:(?<done>handed over|hands over|passed on|passes on|handed|passed)|hand over|handing over|pass on|passing on"
                    + "|hand|pass) (?:the )?(?:(?<owner>{OA}) 's )?(?:rotating |six-month |one-year |annual )?(?:(?<place>{OA}) (?:\\( {O} \\) )?)?"
                    + "(?<office>chairmanship|chairpersonship|pro tempore presidency)"
                    + "(?: of (?:the )?(?:[a-z-]+ )?(?<place2>{OA})" + NOT_A_BODY_OF_IT
                    + "(?: \\( {O} \\))?)? to (?:(?:his|her|their) )?"
                    + "(?:{D} counterpart (?:, )?)?(?:{C} 's )?(?:{CD} )?(?:{T} )?(?:, )?(?<person>{P})(?! 's)");

    /**
     * A chair taken as a title: "X, who took over as SAARC chairman", "leaders re-elected X as chairman of the regional
     * bloc". Only a chair: "took over as prime minister" is another rule's, and "elected X as president" may come later.
     */
    private static final List<ShapePattern> CHAIR_TAKEN = List.of(
            ShapePattern.compile("(?<person>{P}) (?:, who )?" + ON_A_DAY
                    + "(?:has |had |formally )?(?:took over|takes over|has taken over) as (?:the )?(?:new )?"
                    + "(?:(?<place>{OA}) )?(?<title>{T})(?: of (?:the )?(?:[a-z-]+ )?(?<place2>{OA}))?"),
            ShapePattern.compile(
                    "(?:re-elected|reelected|re-appointed|reappointed|elected|appointed|named) (?:{D} )?(?:{T} )?"
                            + "(?<person>{P})(?: of {C})? as (?:the )?(?:new )?(?:(?<title>{T})|(?<chair>chair)) of (?:the )?"
                            + "(?:[a-z-]+ )?(?<place>{OA})"),
            // "the Summit welcomed President X of the United Republic of Tanzania as the new SADC chairperson"
            ShapePattern.compile(
                    "(?:welcomed|re-elected|reelected|elected|appointed|named) (?:{D} )?(?:{T} )?(?<person>{P})"
                            + "(?: of (?:the )?{C})? as (?:the )?(?:new )?(?<place>{O}) (?:(?<title>{T})|(?<chair>chair))(?! of| {P})"));

    /**
     * An office named as the capacity someone acts in: "President Jane Doe, in her capacity as president pro tempore of
     * the G-77", "As chair of the SAARC, Maldivian President John Roe opened the summit".
     */
    private static final List<ShapePattern> CAPACITY = List.of(
            ShapePattern.compile("(?<person>{P}) (?:, )?in (?:his|her) capacity as (?:the )?(?:(?<title>{T})(?<pt> pro"
                    + " tempore)?|(?<chair>chair)) of (?:the )?(?<place>{OA})(?! 's)" + NOT_A_PART),
            ShapePattern.compile("^as (?:the )?(?:(?<title>{T})(?<pt> pro tempore)?|(?<chair>chair)) of (?:the )?"
                    + "(?<place>{OA})" + NOT_A_PART + " , (?:(?:the )?{CD} (?:'s )?)?(?:{T} )?(?<person>{P})(?! 's)"));

    private static void capacities(AnnotatedSentence sentence, ArticleContext context, List<Fact> found) {
        Shape shape = sentence.shape();
        for (int rule = 0; rule < CAPACITY.size(); rule++) {
            Matcher m = CAPACITY.get(rule).matcher(shape);
            while (m.find()) {
                Mention.TitleMention title =
                        m.group("chair") != null ? null : (Mention.TitleMention) shape.mention(m, "title");
                String office =
                        title == null ? "Chairperson" : (m.group("pt") != null ? "pro tempore " : "") + title.title();
                if (title == null || !title.stale()) {
                    held(
                                    sentence,
                                    context,
                                    (Mention.PersonMention) shape.mention(m, "person"),
                                    office,
                                    shape.mention(m, "place"),
                                    Facts.Found.by("position.capacity", rule))
                            .ifPresent(fact -> Facts.addOnce(found, fact));
                }
            }
        }
    }

    /** Words before a person that make them the one an office passed from ("replaced the outgoing chairman, X"). */
    private static final Pattern PREDECESSOR = Pattern.compile(
            "\\b(?:replac(?:ed|es|ing)|succeed(?:ed|s|ing)|took over from|takes over from|outgoing)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Map<String, String> OFFICE_TITLES = Map.of(
            "chairmanship",
            "Chairperson",
            "chairpersonship",
            "Chairperson",
            "pro tempore presidency",
            "pro tempore President");

    /**
     * "X would replace Y in the post of secretary-general of the alliance", "X will succeed Y as secretary general of
     * OPEC": Y holds the post, X is its incoming holder.
     */
    private static final ShapePattern SUCCESSION = ShapePattern.compile(
            "(?<new>{P}) (?:would|will|is to|is set to|is due to|was to) (?:replace|succeed) (?:(?:{CD} )?[a-z-]+ )?(?<old>{P})"
                    + " (?:at the post of|in the post of|as) (?:the )?(?<title>{T}) of (?:the )?(?<place>{OA})");

    /**
     * "X, who chairs the board, used to serve as Kazakhstan's prime minister, deputy prime minister and mayor of ...":
     * each title of the list is a former one; "mayor of" a place the list does not name is left out.
     */
    private static final ShapePattern SERVED = ShapePattern.compile(
            "(?<person>{P}) (?:, (?:who|whose) [^,]*? , |, who )?(?:used to serve|formerly served|previously served|once served|served) as "
                    + "(?:the )?(?<place>{CD}) (?:'s )?(?<titles>{T}(?! of)(?: , {T}(?! of))*(?: ,)?(?: and {T}(?! of))?)");

    /**
     * An organisation electing its own officer: "The General Assembly on Tuesday elected X, a veteran Czech diplomat,
     * as its president", "the OAS General Assembly elected X as the organization's new secretary general", "the
     * assembly elected X to preside over its 77th session" (its President). The office is the electing body's, or
     * the one the title names ("elected X as chairperson of the AU Commission").
     */
    private static final ShapePattern ELECTED_BY =
            ShapePattern.compile("(?<org>{OA})(?: \\( {O} \\))? (?:on )?(?:(?<date>{W}) )?(?:has |had )?"
                    + "(?:unanimously )?(?:re-elected|reelected|elected|appointed) "
                    // "has elected, by acclamation, X, former Prime Minister of Cameroon, to serve as President of its
                    // 79th
                    // session"
                    + "(?:, (?:by acclamation|unanimously|by consensus) , )?(?:{D} )?(?:{T} )?(?<person>{P})"
                    + "(?: of {C})?(?: , [^,;]+ ,)? (?:(?:to serve )?as (?:its |(?:the )?(?<owner>{OA}) 's |the )?(?:new |next )?(?<title>{T})"
                    + "(?: of (?:the )?(?<place>{OA}))?|(?<preside>to preside over))(?! {P})");

    /** "X, who heads the WHO", "X, who chairs the African Union": the verb names the office. */
    private static final ShapePattern WHO_HEADS = ShapePattern.compile(
            // "X heads the WHO" too, but not a bare "X leads NATO into a new era", which may be any lead
            "(?<person>{P}) (?:, who (?:currently |also |now )?|(?:currently |also |now )?(?!leads ))"
                    + "(?<verb>heads|leads|chairs) (?:the )?(?<place>{OA})(?! 's)"
                    + NOT_A_PART);

    /**
     * "chair" of an organisation, a word the data files leave out of the titles since countries chair groupings too
     * ("Chile takes over the bloc's chair"): "AU chair Ana Souza", "Ana Souza, chair of the African Union Commission",
     * "the chair of the African Union, Ana Souza".
     */
    private static final List<ShapePattern> CHAIR = List.of(
            ShapePattern.compile("(?<place>{O}) chair (?:, )?(?<person>{P})"),
            ShapePattern.compile(
                    "(?<person>{P}) , (?:who is (?:also )?|who (?:also |currently |now )?serves as )?(?:the )?" + NOW
                            + "chair of (?:the )?(?<place>{OA})(?! 's)" + NOT_A_PART + NO_NAME_AFTER),
            ShapePattern.compile(
                    "(?<!P\\d{1,4} , )(?:the " + NOW + ")?chair of (?:the )?(?<place>{OA}) , (?<person>{P})"),
            // "The OECS Authority is currently chaired by Prime Minister X": now, not "was chaired by" (a past term)
            ShapePattern.compile(
                    "(?:the )?(?<place>{OA})(?: \\( {O} \\))? (?:is |has been )(?:currently |now )?chaired by "
                            + "(?:the )?(?:{CD} (?:'s )?)?(?:{T} )?(?<person>{P})(?! 's)" + NO_NAME_AFTER),
            // "X is the current chair of the Pacific Islands Forum": held now; not "was chair", a past term
            ShapePattern.compile("(?<person>{P}) (?:is|has been) (?:also )?(?:the )?" + NOW + "chair of (?:the )?"
                    + "(?<place>{OA})(?! 's)" + NOT_A_PART + NO_NAME_AFTER));

    /** A title in the plural, as the shape writes it (lower case, not a mention): "presidents", "prime ministers". */
    private static final String PLURAL = "(?<plural>(?:[a-z-]+ ){0,2}[a-z-]+s)";
    /**
     * One title in the plural for several people, each with their own country: "Presidents A (Kenya), B (Uganda) and C
     * (Tanzania)", "Presidents A of Kenya and B of Uganda".
     */
    private static final List<ShapePattern> PLURAL_EACH = List.of(
            // a caption's "(from left)", "(left to right)" between the title and the names
            ShapePattern.compile(PLURAL + " (?:\\( (?:from left|left to right|from left to right|l - r) \\) )?"
                    + "(?<list>{P} \\( {C} \\)(?:(?: , {P} \\( {C} \\))*(?: ,)? and {P} \\( {C} \\)"
                    // "..., C (Fiji), and spokesperson D (FLNKS)": the list of the title ends before another's title
                    + "|(?: , {P} \\( {C} \\))+(?= (?:, )?and (?!{P}))))"),
            ShapePattern.compile(
                    PLURAL + " (?<list>{P} of (?:the )?{C}(?:(?: , {P} of (?:the )?{C})*(?: ,)? and {P} of (?:the )?{C}"
                            // "Presidents A of Brazil, B of Argentina and C, Prime Minister of D": the list ends
                            // before a name with its own title
                            + "|(?: , {P} of (?:the )?{C})+(?= (?:, )?and {P} , {T})))"),
            // "the presidents of Kenya A, Ugandan B and Tanzanian C"; "the presidents of Kenya A, Ugandan B, and the
            // vice-president of Ghana": each name after its own country, the list ending where a name does not follow
            ShapePattern.compile("(?<!, )(?:the )?" + PLURAL + " of (?<list>(?:the )?{CD} {P}"
                    + "(?: (?:,|and|, and) (?:the )?{CD} {P})+)(?! (?:of|\\(|'s))"));
    /**
     * One title in the plural with the countries and the people in two lists of the same length, in the same order:
     * "Kenyan and Ugandan Presidents A and B", "A and B, the presidents of Kenya and Uganda", "the presidents of Kenya and
     * Uganda, A and B".
     */
    private static final List<ShapePattern> PLURAL_RESPECTIVELY = List.of(
            ShapePattern.compile("(?<places>{D}(?: , {D})*(?: ,)? and {D}) " + PLURAL
                    + " (?<people>{P}(?: , {P})*(?: ,)? and {P})(?! (?:of|\\())"),
            ShapePattern.compile("(?<people>{P}(?: , {P})*(?: ,)? and {P}) , (?:the )?" + PLURAL
                    + " of (?<places>(?:the )?{C}(?: , (?:the )?{C})*(?: ,)? and (?:the )?{C})(?! 's)"),
            ShapePattern.compile("(?<!, )(?:the )?" + PLURAL
                    + " of (?<places>(?:the )?{C}(?: , (?:the )?{C})*(?: ,)? and (?:the )?{C})"
                    + " , (?<people>{P}(?: , {P})*(?: ,)? and {P})(?! (?:of|\\())"),
            // "the presidents of Kenya, Uganda and Rwanda - A, B and C -", "... (A, B and C)": the people between
            // dashes
            // or in brackets
            ShapePattern.compile("(?<!, )(?:the )?" + PLURAL
                    + " of (?<places>(?:the )?{C}(?: , (?:the )?{C})*(?: ,)? and (?:the )?{C})"
                    + " (?:- |– |— |\\( )(?<people>{P}(?: , {P})*(?: ,)? and {P}) (?:-|–|—|\\))"));
    /**
     * One title in the plural, then each country followed by its person: "the presidents of Kenya, A, and Uganda, B".
     * Read as {@link #PLURAL_EACH} reads its lists, after the rules above.
     */
    private static final ShapePattern PLURAL_INTERLEAVED = ShapePattern.compile(
            "(?<!, )(?:the )?" + PLURAL
                    + " of (?<list>(?:the )?{C} , {P}(?: , (?:the )?{C} , {P})*(?: ,)? and (?:the )?{C} , {P})(?! (?:of|\\(|'s))");

    /** A person with their country after them: "A of Kenya", "A (Kenya)". */
    private static final String PERSON_OF = "(?:{P} of (?:the )?{C}|{P} \\( (?:the )?{C} \\))";
    /**
     * One title in the plural, a few words, then a list whose items write their countries either way: "The presidents
     * who have confirmed their attendance are A of Namibia, B (Zambia), C (Malawi) and ...". Read as
     * {@link #PLURAL_EACH} reads its lists, after the rules above.
     */
    private static final ShapePattern PLURAL_MIXED = ShapePattern.compile("(?<!, )(?:the )?" + PLURAL
            + "(?: [a-z][a-z']*){0,6} (?:are|were|include|included|including|:|—) (?<list>" + PERSON_OF + "(?:(?: , "
            + PERSON_OF + ")*(?: ,)? and " + PERSON_OF + "|(?: , " + PERSON_OF + ")+(?= (?:, )?and (?!{P}))))");

    /** The plural rules in the order they are tried, which numbers them ("position.plural.N"). */
    private static final List<ShapePattern> PLURALS = java.util.stream.Stream.of(
                    PLURAL_EACH, PLURAL_RESPECTIVELY, List.of(PLURAL_INTERLEAVED, PLURAL_MIXED))
            .flatMap(List::stream)
            .toList();

    /** A country's central bank, written as a name or not: "the Central Bank of Kenya", "the central bank of Kenya". */
    private static final String CENTRAL_BANK_OF = "(?:the )?(?:(?<bank>{O})|central bank) of (?:the )?(?<place>{C})";
    /**
     * The governor of a country's central bank: "Governor of the Central Bank of Kenya Jane Doe", "Jane Doe, governor of
     * Kenya's central bank" ("Kenya's central bank governor Jane Doe" is a title of its own).
     */
    private static final List<ShapePattern> CENTRAL_BANK = List.of(
            ShapePattern.compile("(?<!P\\d{1,4} , )(?<title>{T}) of " + CENTRAL_BANK_OF + " (?:, )?(?<person>{P})"),
            ShapePattern.compile("(?<person>{P}) " + AGE + ", (?:the )?(?<title>{T}) of " + CENTRAL_BANK_OF + "(?! 's)"
                    + NO_NAME_AFTER),
            ShapePattern.compile("(?<person>{P}) " + AGE
                    + ", (?:the )?(?<title>{T}) of (?<place>{C}) 's central bank(?! 's)" + NO_NAME_AFTER),
            ShapePattern.compile(
                    "(?<!P\\d{1,4} , )(?:the )?(?<title>{T}) of (?<place>{C}) 's central bank , (?<person>{P})"));

    /**
     * Up to six words between a person and "his counterpart", none naming anyone else or any office, so "his" is that
     * person's: "met", "held talks with", "handed over to", ", who was joined by".
     */
    private static final String PLAIN_WORDS =
            "(?: (?!(?:minister|ministers|president|presidents|leader|leaders|chief|head"
                    + "|king|queen|premier|chancellor|emir|prince|secretary|chair|chairman|spokesman|spokeswoman|envoy|ambassador)(?![a-z-]))"
                    + "[a-z][a-z-]*){1,6}";

    /**
     * "Kenyan Foreign Minister A met his Ugandan counterpart B": B holds the same office in the other country. Only
     * where offices are alike everywhere: a president's or prime minister's counterpart is its country's leader (a prime
     * minister's counterpart may be a president), a minister's is the same minister; titles one country has ("Secretary
     * of State", "Chancellor") and a monarch's (a king's counterpart may reign without ruling) name no counterpart's office.
     */
    private static final ShapePattern COUNTERPART =
            ShapePattern.compile("(?<title>{T}) (?:, )?{P}(?: of (?:the )?{C})?(?: ,)?" + PLAIN_WORDS + " (?:his|her)"
                    + " (?<place>{D}) counterpart (?:, )?(?<person>{P})(?! of| \\()");

    private static final java.util.Set<String> LEADING =
            java.util.Set.of("President", "Prime Minister", "leader", "head of government");
    private static final java.util.Set<String> ALIKE = java.util.Set.of(
            "Foreign Minister",
            "Defence Minister",
            "Finance Minister",
            "Interior Minister",
            "Trade Minister",
            "Economy Minister",
            "Energy Minister",
            "Oil Minister",
            "Justice Minister",
            "Health Minister",
            "Deputy Foreign Minister",
            "Deputy Prime Minister",
            "Vice President",
            "Central Bank Governor");

    /**
     * "India's Jane Doe and Senegal's John Roe": a country's name and a person with no title between. The person leads
     * the country only where the office-holders file says they held its leading office in the article's month, so
     * Russia's Prime Minister (not its leader) and any name in an undated article give nothing.
     */
    private static final ShapePattern POSSESSIVE_LEADER = ShapePattern.compile("(?<place>{C}) 's (?<person>{P})");

    /** "the head of Brazilian diplomacy, X". */
    private static final ShapePattern DIPLOMACY =
            ShapePattern.compile("the (?<head>{T}) of (?<place>{D}) diplomacy , (?<person>{P})");

    /** "leaders, including India's A, Brazil's B and Chile's C", "the leaders were A (India) and B (Brazil)": each named with their own country. */
    private static final ShapePattern LEADER_LIST = ShapePattern.compile("(?<!" + Facts.NOT_A_COUNTRYS
            + " )leaders (?:, )?(?:(?:present |attending )?(?:were|are|included|include) |(?:including|such as|like|among them|:|—) )"
            + "(?<list>{C} 's {P}(?: , {C} 's {P})*(?: ,)? (?:and|as well as) {C} 's {P}"
            + "|{P} \\( {C} \\)(?: , {P} \\( {C} \\))*(?: ,)? (?:and|as well as) {P} \\( {C} \\))");

    @Override
    public void extract(AnnotatedSentence sentence, ArticleContext context, List<Fact> found) {
        Shape shape = sentence.shape();
        if (sentence.titleCase() || !shape.has('P')) {
            return; // "Doe Meets Roe": a verb in capitals would join the name
        }
        if (shape.has('T')) {
            AppositionLists lists = AppositionLists.of(shape);
            for (int rule = 0; rule < PATTERNS.size() + LISTED.size(); rule++) {
                boolean listed = rule >= PATTERNS.size();
                ShapePattern pattern = listed ? LISTED.get(rule - PATTERNS.size()) : PATTERNS.get(rule);
                if (!pattern.mayMatch(shape)) {
                    continue;
                }
                Matcher m = pattern.matcher(shape);
                Facts.Found by =
                        Facts.Found.by(listed ? "position.listed" : "position", listed ? rule - PATTERNS.size() : rule);
                while (m.find()) {
                    for (String titleGroup : hasGroup(m, "title2") ? List.of("title2", "title") : List.of("title")) {
                        Boolean theirs = lists.says(m.start("person"), m.start(titleGroup));
                        if (Boolean.FALSE.equals(theirs) || listed && theirs == null) {
                            continue; // "Ana Souza, Chile's president, Luis Vega, Peru's ...": the title is Ana
                            // Souza's, not Luis Vega's
                        }
                        position(sentence, context, m, titleGroup, by).ifPresent(fact -> {
                            Facts.addOnce(found, fact);
                            if (hasGroup(m, "date")) {
                                electedOn(sentence, context, m, fact, found);
                            }
                        });
                    }
                }
            }
            succession(sentence, context, found);
            if (shape.containsAny(List.of("counterpart"))) {
                counterparts(sentence, context, found);
            }
            served(sentence, context, found);
            Matcher m = DIPLOMACY.matcher(shape);
            while (m.find()) {
                if (((Mention.TitleMention) shape.mention(m, "head")).title().equals("head")) {
                    held(
                                    sentence,
                                    context,
                                    (Mention.PersonMention) shape.mention(m, "person"),
                                    "top diplomat",
                                    shape.mention(m, "place"),
                                    Facts.Found.by("position.diplomacy", 0))
                            .ifPresent(fact -> Facts.addOnce(found, fact));
                }
            }
        }
        if (shape.has('P')) {
            plurals(sentence, context, found);
        }
        if (shape.has('T') && (shape.containsAny(List.of("central bank")) || shape.has('O'))) {
            centralBanks(sentence, context, found);
        }
        if (shape.containsAny(List.of("chair ", "chaired by"))) {
            for (int rule = 0; rule < CHAIR.size(); rule++) {
                if (!CHAIR.get(rule).mayMatch(shape)) {
                    continue;
                }
                Matcher m = CHAIR.get(rule).matcher(shape);
                while (m.find()) {
                    if (staleBefore(shape, m.start()).isEmpty()) {
                        held(
                                        sentence,
                                        context,
                                        (Mention.PersonMention) shape.mention(m, "person"),
                                        "Chairperson",
                                        shape.mention(m, "place"),
                                        Facts.Found.by("position.chair", rule))
                                .ifPresent(fact -> Facts.addOnce(found, fact));
                    }
                }
            }
        }
        if (shape.containsAny(List.of("chairmanship", "chairpersonship", "presidency"))) {
            officesTaken(sentence, context, found);
        }
        if (shape.has('T') && shape.containsAny(List.of(" as "))) {
            chairsTaken(sentence, context, found);
        }
        if (shape.containsAny(List.of("capacity as", "as chair", "as the chair"))
                || shape.text().startsWith("as ")) {
            capacities(sentence, context, found);
        }
        if (shape.containsAny(List.of("elected ", "appointed "))) {
            electedBy(sentence, context, found);
        }
        if (shape.containsAny(List.of("summit", "assembly"))) {
            summitChairs(sentence, context, found);
        }
        untitledKnownHolders(sentence, context, found);
        Matcher heads = WHO_HEADS.matcher(shape);
        while (heads.find()) {
            held(
                            sentence,
                            context,
                            (Mention.PersonMention) shape.mention(heads, "person"),
                            heads.group("verb").equals("chairs") ? "Chairperson" : "head",
                            shape.mention(heads, "place"),
                            Facts.Found.by("position.heads", 0))
                    .ifPresent(fact -> Facts.addOnce(found, fact));
        }
        if (shape.containsAny(List.of("leaders "))) {
            leaderList(sentence, context, found);
        }
        if (context.published().isPresent() && POSSESSIVE_LEADER.mayMatch(shape)) {
            possessiveLeaders(sentence, context, found);
        }
    }

    /**
     * An article's facts without the leaders that the article's own reading inferred ("Mauritania's Jane Doe", "his
     * Brazilian counterpart John Roe") where it also gives that person an office of that country by its title
     * ("President Jane Doe of Mauritania"): the title says more, and the leader adds nothing to learn.
     */
    static List<Fact> withoutLeadersTitledElsewhere(List<Fact> facts) {
        java.util.Set<List<String>> titled = new java.util.HashSet<>();
        for (Fact fact : facts) {
            if (fact.kind() == FactKind.POSITION && !fact.relation().equals("leader")) {
                titled.add(List.of(fact.subject(), fact.object()));
            }
        }
        return facts.stream()
                .filter(fact -> fact.kind() != FactKind.POSITION
                        || !fact.relation().equals("leader")
                        || !INFERRED_LEADER.matcher(fact.pattern()).lookingAt()
                        || !titled.contains(List.of(fact.subject(), fact.object())))
                .toList();
    }

    /** Titles of a country's leader, which one person holds for one country at a time: those above, and "head of state". */
    private static final java.util.Set<String> LEADERS_TITLES = java.util.stream.Stream.concat(
                    LEADING.stream(), java.util.stream.Stream.of("head of state"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * An article's facts without a leader's office given to a person the office-holders file has leading another
     * country that month: "In an apparent jibe at the Armenian leader Lukashenka said ..." gives the President of
     * Belarus, whom the sentence names after another's title, no office of Armenia. Only for dated articles and for the
     * offices the file lists leaders in.
     */
    static List<Fact> withoutLeadersOfAnotherCountry(List<Fact> facts) {
        OfficeHolders file = OfficeHolders.get();
        return facts.stream()
                .filter(fact -> !heldBySomeoneElse(file, fact))
                .filter(fact -> fact.kind() != FactKind.POSITION
                        || fact.asOf().isEmpty()
                        || !LEADERS_TITLES.contains(fact.relation())
                        || java.util.stream.Stream.of("President", "Prime Minister")
                                .map(office -> file.placeOf(
                                        office, fact.subject(), fact.asOf().get()))
                                .flatMap(Optional::stream)
                                .allMatch(place -> place.equals(fact.object())))
                .toList();
    }

    /**
     * Whether the office-holders file gives a president's or prime minister's office, that month, only to others than
     * the fact's person: "wife of Nepalese Prime Minister Jane Doe" in a caption, where the office was John Roe's. Names
     * are compared loosely ({@link OfficeHolders#mayName}), so that another spelling ("Zelenskiy", a misspelt
     * "Kristerson", "KP Sharma Oli") keeps its true fact; a month the file does not cover says nothing.
     */
    private static boolean heldBySomeoneElse(OfficeHolders file, Fact fact) {
        if (fact.kind() != FactKind.POSITION
                || fact.asOf().isEmpty()
                || !file.knows(fact.asOf().get())
                || !(fact.relation().equals("President") || fact.relation().equals("Prime Minister"))) {
            return false; // after the file's date, a holder it lists without an end may have been replaced
        }
        List<OfficeHolders.Term> held =
                file.heldOn(fact.object(), fact.relation(), fact.asOf().get());
        return !held.isEmpty()
                && held.stream()
                        .flatMap(term -> term.spellings().stream())
                        .noneMatch(spelling -> OfficeHolders.mayName(fact.subject(), spelling));
    }

    /** The rules whose "leader" the article does not write as a word. */
    private static final Pattern INFERRED_LEADER = Pattern.compile("position\\.(?:possessive-leader|counterpart)\\.");

    private static void possessiveLeaders(AnnotatedSentence sentence, ArticleContext context, List<Fact> found) {
        Shape shape = sentence.shape();
        Matcher m = POSSESSIVE_LEADER.matcher(shape);
        while (m.find()) {
            Mention place = shape.mention(m, "place");
            Mention.PersonMention person = (Mention.PersonMention) shape.mention(m, "person");
            Optional<String> country = Facts.placeName(place);
            if (country.isPresent()
                    && staleBefore(shape, m.start()).isEmpty()
                    && OfficeHolders.get()
                            .led(
                                    country.get(),
                                    person.name(),
                                    context.published().get())) {
                held(
                                sentence,
                                context,
                                person,
                                "leader",
                                place,
                                Facts.Found.by("position.possessive-leader", 0).doubted(true))
                        .ifPresent(fact -> Facts.addOnce(found, fact));
            }
        }
    }

    private static void centralBanks(AnnotatedSentence sentence, ArticleContext context, List<Fact> found) {
        Shape shape = sentence.shape();
        for (int rule = 0; rule < CENTRAL_BANK.size(); rule++) {
            if (!CENTRAL_BANK.get(rule).mayMatch(shape)) {
                continue;
            }
            Matcher m = CENTRAL_BANK.get(rule).matcher(shape);
            while (m.find()) {
                Mention.TitleMention title = (Mention.TitleMention) shape.mention(m, "title");
                Mention bank = hasGroup(m, "bank") ? shape.mention(m, "bank") : null;
                Matcher governor = GOVERNOR.matcher(title.title());
                if (!governor.matches()
                        || bank != null && !centralBank(bank)
                        || staleBefore(shape, m.start()).isPresent()) {
                    continue;
                }
                String relation = (governor.group(1) == null ? "" : governor.group(1)) + "Central Bank Governor";
                held(
                                sentence,
                                context,
                                (Mention.PersonMention) shape.mention(m, "person"),
                                relation,
                                shape.mention(m, "place"),
                                Facts.Found.by("position.bank", rule))
                        .ifPresent(fact -> Facts.addOnce(found, fact));
            }
        }
    }

    private static void counterparts(AnnotatedSentence sentence, ArticleContext context, List<Fact> found) {
        Shape shape = sentence.shape();
        Matcher m = COUNTERPART.matcher(shape);
        while (m.find()) {
            Mention.TitleMention title = (Mention.TitleMention) shape.mention(m, "title");
            if (title.stale() || staleBefore(shape, m.start()).isPresent() || someoneElsesTitle(shape, m.start())) {
                continue; // "former President A and his Ugandan counterpart B": B may be former too
            }
            counterpart(sentence, context, title, shape.mention(m, "person"), shape.mention(m, "place"), 0, found);
        }
        // "Czech Prime Minister A and his Slovak, Hungarian and Polish counterparts, B, C and D, respectively": each
        // name the counterpart of its place in the same order, where there are as many of each
        Matcher r = RESPECTIVE_COUNTERPARTS.matcher(shape);
        while (r.find()) {
            Mention.TitleMention title = (Mention.TitleMention) shape.mention(r, "title");
            List<Mention> places = shape.mentions(r, "places");
            List<Mention> people = shape.mentions(r, "people");
            if (title.stale()
                    || staleBefore(shape, r.start()).isPresent()
                    || someoneElsesTitle(shape, r.start())
                    || places.size() != people.size()) {
                continue;
            }
            for (int i = 0; i < places.size(); i++) {
                counterpart(sentence, context, title, people.get(i), places.get(i), 1, found);
            }
        }
    }

    private static final ShapePattern RESPECTIVE_COUNTERPARTS = ShapePattern.compile("(?<title>{T}) (?:, )?{P}"
            + "(?: of (?:the )?{C})?(?: ,)? and (?:his|her) (?<places>{D}(?: (?:,|and|, and) {D})+) counterparts (?:, )?"
            + "(?<people>{P}(?: (?:,|and|, and) {P})+) (?:, )?respectively");

    /** The office a counterpart of the holder of {@code title} holds in {@code place}, if offices there are alike. */
    private static void counterpart(
            AnnotatedSentence sentence,
            ArticleContext context,
            Mention.TitleMention title,
            Mention person,
            Mention place,
            int rule,
            List<Fact> found) {
        String office =
                LEADING.contains(title.title()) ? "leader" : ALIKE.contains(title.title()) ? title.title() : null;
        if ("leader".equals(office)
                && sameOfficeListed(title.title(), (Mention.PersonMention) person, place, context)) {
            office = title.title(); // "Prime Minister A and his Pakistani counterpart B", B in the file
        }
        if ("leader".equals(office) && rule > 0) {
            return; // several counterparts of a leader, none in the file: each may be a president or a prime minister
        }
        if (office != null) {
            held(
                            sentence,
                            context,
                            (Mention.PersonMention) person,
                            office,
                            place,
                            Facts.Found.by("position.counterpart", rule))
                    .ifPresent(fact -> Facts.addOnce(found, fact));
        }
    }

    /**
     * Whether the office-holders file gives the counterpart the very office of the person it is the counterpart of, in
     * the month the article was published: a prime minister's counterpart is a prime minister only where the file says
     * so (Pakistan's in 2014), for "his French counterpart" of a prime minister is often France's president.
     */
    private static boolean sameOfficeListed(
            String office, Mention.PersonMention person, Mention place, ArticleContext context) {
        return context.published().isPresent()
                && Facts.placeName(place).isPresent()
                && OfficeHolders.get()
                        .placeOf(office, person.name(), context.published().get())
                        .equals(Facts.placeName(place));
    }

    /** A word before a title that makes it a lesser office the data files do not name ("Deputy Head", "Vice Chair"). */
    private static final Pattern DEPUTY_BEFORE =
            Pattern.compile("(?:^| )(?:deputy|vice|assistant|associate|co|adjunct) $");

    /** Governors as a title mention writes them: "Governor", "former Governor". */
    private static final Pattern GOVERNOR = Pattern.compile("((?:former|outgoing|incoming) )?Governor");

    /** "the Central Bank (of Kenya)", an organisation missing from the data files that names no country itself. */
    private static boolean centralBank(Mention mention) {
        return mention instanceof Mention.OrganisationMention named
                && !named.organisation().listed()
                && named.organisation().name().equalsIgnoreCase("Central Bank");
    }

    private static void plurals(AnnotatedSentence sentence, ArticleContext context, List<Fact> found) {
        Shape shape = sentence.shape();
        for (int rule = 0; rule < PLURALS.size(); rule++) {
            ShapePattern pattern = PLURALS.get(rule);
            boolean each = !PLURAL_RESPECTIVELY.contains(pattern);
            if (!pattern.mayMatch(shape)) {
                continue;
            }
            Matcher m = pattern.matcher(shape);
            while (m.find()) {
                int[] at = new int[1];
                Optional<String> title = pluralTitle(m.group("plural"), m.start("plural"), at);
                if (title.isEmpty()) {
                    continue;
                }
                Optional<String> stale = staleBefore(shape, at[0]);
                if (stale.map(String::isEmpty).orElse(false) || someoneElsesTitle(shape, at[0])) {
                    continue; // "the late presidents A and B"; "aides to Presidents A and B"
                }
                String relation = stale.map(word -> word + " " + title.get()).orElse(title.get());
                List<Mention> people = new java.util.ArrayList<>();
                List<Mention> places = new java.util.ArrayList<>();
                for (Mention mention : each
                        ? shape.mentions(m, "list")
                        : concat(shape.mentions(m, "people"), shape.mentions(m, "places"))) {
                    (mention instanceof Mention.PersonMention ? people : places).add(mention);
                }
                if (people.size() != places.size()) {
                    continue;
                }
                Facts.Found by = Facts.Found.by("position.plural", rule);
                for (int i = 0; i < people.size(); i++) {
                    held(sentence, context, (Mention.PersonMention) people.get(i), relation, places.get(i), by)
                            .ifPresent(fact -> Facts.addOnce(found, fact));
                }
            }
        }
    }

    private static List<Mention> concat(List<Mention> a, List<Mention> b) {
        List<Mention> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * The title a plural written in the shape names, from its last words: "presidents" is President, "attended by
     * presidents" too; {@code at} receives where the title starts. Titles the data files write in lower case ("leader",
     * "head") are left out: "heads of state" is no list of one office.
     */
    private static Optional<String> pluralTitle(String written, int start, int[] at) {
        String[] words = written.split(" ");
        for (int n = words.length; n >= 1; n--) {
            String phrase = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - n, words.length));
            String singular = phrase.substring(0, phrase.length() - 1);
            List<Token> tokens = Tokenizer.tokenize(singular);
            TokenTrie.Match<String> title = Knowledge.get().titles.longest(tokens, 0, tokens.size());
            if (title != null
                    && title.to() == tokens.size()
                    && Character.isUpperCase(title.value().charAt(0))) {
                at[0] = start + written.length() - phrase.length();
                return Optional.of(title.value());
            }
        }
        return Optional.empty();
    }

    private static void officesTaken(AnnotatedSentence sentence, ArticleContext context, List<Fact> found) {
        Shape shape = sentence.shape();
        for (int rule = 0; rule < OFFICE_TAKEN.size(); rule++) {
            if (!OFFICE_TAKEN.get(rule).mayMatch(shape)) {
                continue;
            }
            Matcher m = OFFICE_TAKEN.get(rule).matcher(shape);
            while (m.find()) {
                // "X handed the SCO chairmanship to Y": X held it until then, and is the outgoing chair
                boolean gave = hasGroup(m, "gave") && m.group("gave") != null;
                chairHeld(
                        sentence,
                        context,
                        m,
                        (gave ? "outgoing " : "") + OFFICE_TITLES.get(m.group("office")),
                        Facts.Found.by("position.office", rule),
                        found);
            }
        }
        Matcher m = HANDED_TO.matcher(shape);
        while (m.find()) {
            if (m.group("done") == null) {
                continue; // "will hand over the chairmanship to Y": Y does not hold it yet
            }
            Mention.PersonMention person = (Mention.PersonMention) shape.mention(m, "person");
            String office = OFFICE_TITLES.get(m.group("office"));
            Facts.Found by = Facts.Found.by("position.handed-to", 0);
            chairPlace(shape, m)
                    .flatMap(place -> held(sentence, context, person, office, place, by))
                    .or(() -> summitsChair(sentence, context, m, person, office, by))
                    .ifPresent(fact -> Facts.addOnce(found, fact));
        }
    }

    /**
     * A chair that names no organisation, in a sentence on a summit: the summit's organisation's ("Angola's President,
     * John Roe, handed over the chairmanship to Jane Doe" in a report on a SADC summit), read with less confidence.
     * None where the match names a place or a stale word comes before it.
     */
    private static Optional<Fact> summitsChair(
            AnnotatedSentence sentence,
            ArticleContext context,
            Matcher m,
            Mention.PersonMention person,
            String office,
            Facts.Found by) {
        Shape shape = sentence.shape();
        boolean named = java.util.stream.Stream.of("place", "place2", "owner")
                .anyMatch(group -> hasGroup(m, group) && m.group(group) != null);
        if (named || staleBefore(shape, m.start()).isPresent()) {
            return Optional.empty();
        }
        Optional<String> name = context.people().resolve(person);
        return Summits.organisation(sentence, context)
                .flatMap(organisation -> name.map(n -> Facts.of(
                        FactKind.POSITION,
                        n,
                        office,
                        organisation.name(),
                        Map.of(),
                        sentence,
                        context,
                        by.doubted(true))));
    }

    /**
     * The person of a match holds an organisation's chair (or rotating presidency) written {@code office}, of the
     * organisation in group "place" or else "place2"; none where the match names none or a stale word comes before it.
     * "Y replaced the outgoing chairman, X, who assumed the chairmanship last year": X held it until Y came.
     */
    private static void chairHeld(
            AnnotatedSentence sentence,
            ArticleContext context,
            Matcher m,
            String office,
            Facts.Found by,
            List<Fact> found) {
        Shape shape = sentence.shape();
        Mention.PersonMention person = (Mention.PersonMention) shape.mention(m, "person");
        String relation = !office.startsWith("outgoing ")
                        && PREDECESSOR.matcher(sentence.textBefore(person)).find()
                ? "outgoing " + office
                : office;
        chairPlace(shape, m)
                .flatMap(place -> held(sentence, context, person, relation, place, by))
                .or(() -> summitsChair(sentence, context, m, person, relation, by))
                .ifPresent(fact -> Facts.addOnce(found, fact));
    }

    /**
     * The organisation whose chair a match names, in group "place" or else "place2"; none where the match names none
     * or a stale word comes before it.
     */
    private static Optional<Mention> chairPlace(Shape shape, Matcher m) {
        Mention place = shape.mention(m, "place");
        if (place == null && hasGroup(m, "place2")) {
            place = shape.mention(m, "place2");
        }
        if (place == null && hasGroup(m, "owner")) {
            place = shape.mention(m, "owner"); // "handed the bloc's rotating presidency to ...", "handed CELAC's ..."
        }
        return place == null || staleBefore(shape, m.start()).isPresent() ? Optional.empty() : Optional.of(place);
    }

    /**
     * The chair of an organisation's summit, or of its assembly of leaders, is the organisation's: "X was elected the new
     * chairperson of the summit", "X, who hosted the summit, was elected chairman of the IGAD Assembly", "X is the new
     * chairman of the Islamic Summit of the OIC". Not a parliamentary or general assembly, whose chair is another
     * office.
     */
    private static final ShapePattern SUMMIT_CHAIR = ShapePattern.compile("(?<person>{P})(?: , who [^,;]*? ,)? "
            // "was chairman" alone may be a past chair
            + "(?:(?:was|has been|had been|is) (?:unanimously |formally |officially |duly )?"
            + "(?:elected|re-elected|reelected|named|appointed)|is) (?:as )?(?:the )?(?:new )?(?<title>{T}) of (?:the )?"
            + "(?:(?<org>{O}) (?:summit|assembly)|(?:[a-z]+ )?summit(?: of (?:the )?(?<org2>{OA}))?"
            + "|assembly of heads of state(?: and government)?(?: of (?:the )?(?<org3>{OA}))?)(?! 's)");

    private static void summitChairs(AnnotatedSentence sentence, ArticleContext context, List<Fact> found) {
        Shape shape = sentence.shape();
        if (!SUMMIT_CHAIR.mayMatch(shape)) {
            return;
        }
        Matcher m = SUMMIT_CHAIR.matcher(shape);
        while (m.find()) {
            Mention.TitleMention title = (Mention.TitleMention) shape.mention(m, "title");
            if (!CHAIRS.contains(title.title())
                    || title.stale()
                    || staleBefore(shape, m.start()).isPresent()) {
                continue;
            }
            Mention named = null;
            for (String group : List.of("org", "org2", "org3")) {
                if (m.group(group) != null) {
                    named = shape.mention(m, group);
                }
            }
            Optional<Knowledge.Organisation> organisation =
                    named != null ? context.namedOrReferred(named, sentence) : Summits.organisation(sentence, context);
            Mention.PersonMention person = (Mention.PersonMention) shape.mention(m, "person");
            Optional<String> name = context.people().resolve(person);
            if (organisation.isEmpty() || name.isEmpty()) {
                continue;
            }
            Facts.Found by = Facts.Found.by("position.summit-chair", 0)
                    .doubted(!(named instanceof Mention.OrganisationMention))
                    .doubted(!name.get().equals(person.name()));
            Facts.addOnce(
                    found,
                    Facts.of(
                            FactKind.POSITION,
                            name.get(),
                            title.title(),
                            organisation.get().name(),
                            Map.of(),
                            sentence,
                            context,
                            by));
        }
    }

    /**
     * A full name written with no title, before or after it: "At the NATO summit in Madrid, Jane Doe called the deal
     * good". Such a person holds an office of an organisation the sentence names only where the office-holders file
     * says so for the article's month, the month being inside the term (not a handover month, when either holder may
     * be meant).
     */
    private static final ShapePattern UNTITLED = ShapePattern.compile(
            "(?<![TD]\\d{1,4} |'s |the |former |late )(?<person>{P})(?! , (?:the |a |an )?(?:[a-z-]+ )?{T}| \\( | 's)");

    private static void untitledKnownHolders(AnnotatedSentence sentence, ArticleContext context, List<Fact> found) {
        Shape shape = sentence.shape();
        LocalDate day = context.published().orElse(null);
        if (day == null || !shape.has('O') || !UNTITLED.mayMatch(shape)) {
            return;
        }
        // the first mention of each listed organisation the sentence names
        Map<Knowledge.Organisation, Mention> named = new java.util.LinkedHashMap<>();
        for (Mention mention : sentence.mentions()) {
            if (mention instanceof Mention.OrganisationMention o
                    && o.organisation().listed()) {
                named.putIfAbsent(o.organisation(), mention);
            }
        }
        Matcher m = UNTITLED.matcher(shape);
        while (m.find()) {
            Mention.PersonMention person = (Mention.PersonMention) shape.mention(m, "person");
            if (person.parts().size() < 2 || staleBefore(shape, m.start()).isPresent()) {
                continue;
            }
            named.forEach((organisation, mention) -> {
                for (String office : OfficeHolders.get().offices(organisation.name())) {
                    if (OfficeHolders.get().heldAllMonth(organisation.name(), office, person.name(), day)) {
                        held(
                                        sentence,
                                        context,
                                        person,
                                        office,
                                        mention,
                                        Facts.Found.by("position.known-untitled", 0)
                                                .doubted(true))
                                .ifPresent(fact -> Facts.addOnce(found, fact));
                    }
                }
            });
        }
    }

    /**
     * The leaders an article names with no title and no office anywhere: "Jane Doe has long leaned towards Azerbaijan"
     * after a sentence on her country, or "Doe said the text did not address the concerns of Armenia". Such a person
     * leads a country only where the office-holders file has them leading it all through the article's month, and the
     * sentence names that country, or for a full name the sentence before it. One fact per person, from the first
     * sentence that names them so; never for someone any sentence writes with a title, as "former" or "the late", or
     * after another's title ({@link #UNTITLED}): "Doe" where an earlier sentence wrote "President Jane Doe" takes what
     * that sentence says, or nothing; nor where the sentence writes a leader's title of that country ({@link
     * #leadersTitleWritten}). An office of an organisation does not stop it ("Jane Doe will pass on the pro tempore
     * presidency of the bloc to her Brazilian counterpart").
     */
    static void untitledLeaders(List<AnnotatedSentence> sentences, ArticleContext context, List<Fact> facts) {
        if (context.published().isEmpty()) {
            return;
        }
        LocalDate day = context.published().get();
        java.util.Set<String> placed = new java.util.HashSet<>();
        for (Fact fact : facts) {
            // an office of an organisation ("pro tempore President of Mercosur") says nothing of whom one leads at home
            if (fact.kind() == FactKind.POSITION
                    && Knowledge.get().findCountry(fact.object()).isPresent()) {
                placed.add(fact.subject());
            }
        }
        // each sentence's people written with no title and not as "former", read once; the surnames of all its other
        // people, written with a title or as "former", whose office is the article's to say
        List<List<Mention.PersonMention>> untitled = new java.util.ArrayList<>();
        java.util.Set<String> titled = new java.util.HashSet<>();
        for (AnnotatedSentence sentence : sentences) {
            List<Mention.PersonMention> bare = new java.util.ArrayList<>();
            Matcher m = UNTITLED.matcher(sentence.shape());
            while (UNTITLED.mayMatch(sentence.shape()) && m.find()) {
                if (staleBefore(sentence.shape(), m.start()).isEmpty()) {
                    bare.add((Mention.PersonMention) sentence.shape().mention(m, "person"));
                }
            }
            for (Mention mention : sentence.mentions()) {
                if (mention instanceof Mention.PersonMention person && !bare.contains(person)) {
                    titled.add(surname(person));
                }
            }
            untitled.add(bare);
        }
        List<Fact> found = new java.util.ArrayList<>();
        java.util.Set<String> before = java.util.Set.of();
        for (int i = 0; i < sentences.size(); i++) {
            AnnotatedSentence sentence = sentences.get(i);
            java.util.Set<String> here = countriesNamed(sentence);
            for (Mention.PersonMention person : untitled.get(i)) {
                boolean oneWord = person.parts().size() == 1;
                Optional<String> name = context.people()
                        .resolve(person)
                        .or(() -> oneWord ? Optional.of(person.name()) : Optional.empty());
                if (name.isEmpty() || placed.contains(name.get()) || titled.contains(surname(person))) {
                    continue;
                }
                Optional<String> country = OfficeHolders.get().countryLedAllMonth(name.get(), day);
                if (country.isPresent()
                        && (here.contains(country.get()) || !oneWord && before.contains(country.get()))
                        && !leadersTitleWritten(sentence, country.get())) {
                    placed.add(name.get());
                    found.add(Facts.of(
                            FactKind.POSITION,
                            name.get(),
                            "leader",
                            country.get(),
                            Map.of(),
                            sentence,
                            context,
                            Facts.Found.by("position.untitled-leader", 0).at(0.6)));
                }
            }
            before = here;
        }
        facts.addAll(found);
    }

    private static String surname(Mention.PersonMention person) {
        return person.parts().get(person.parts().size() - 1);
    }

    /**
     * Whether the sentence writes a leader's title of the country ("The President of Comoros and incoming chairman of
     * the AU, Jane Doe", "Comoros' President"): the title is the sentence's to give, to whomever it belongs, and the
     * file is not asked instead.
     */
    private static boolean leadersTitleWritten(AnnotatedSentence sentence, String country) {
        List<Mention> mentions = sentence.mentions();
        for (int i = 0; i < mentions.size(); i++) {
            if (!(mentions.get(i) instanceof Mention.TitleMention title) || !LEADING.contains(title.title())) {
                continue;
            }
            Mention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
            Mention previous = i > 0 ? mentions.get(i - 1) : null;
            boolean ofIt = next != null
                    && next.from() - title.to() <= 2
                    && Facts.placeName(next).filter(country::equals).isPresent()
                    && sentence.tokens().get(title.to()).text().equals("of");
            boolean itsOwn = previous != null
                    && title.from() - previous.to() <= 1
                    && Facts.placeName(previous).filter(country::equals).isPresent();
            if (ofIt || itsOwn) {
                return true;
            }
        }
        return false;
    }

    private static java.util.Set<String> countriesNamed(AnnotatedSentence sentence) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Mention mention : sentence.mentions()) {
            if (mention instanceof Mention.CountryMention || mention instanceof Mention.MetonymMention) {
                Facts.placeName(mention).ifPresent(names::add);
            }
        }
        return names;
    }

    /** The titles {@link #CHAIR_TAKEN} reads, as titles.tsv prints them. */
    private static final java.util.Set<String> CHAIRS = java.util.Set.of("Chairman", "Chairperson", "Chair");

    private static void chairsTaken(AnnotatedSentence sentence, ArticleContext context, List<Fact> found) {
        Shape shape = sentence.shape();
        for (int rule = 0; rule < CHAIR_TAKEN.size(); rule++) {
            Matcher m = CHAIR_TAKEN.get(rule).matcher(shape);
            while (m.find()) {
                // "as chairman of the bloc" (a title) or "as the chair of ECOWAS" (a word): a chair either way
                String chair = hasGroup(m, "chair") && m.group("chair") != null
                        ? "Chairperson"
                        : ((Mention.TitleMention) shape.mention(m, "title")).title();
                if (CHAIRS.contains(chair)) {
                    chairHeld(sentence, context, m, chair, Facts.Found.by("position.chair", rule), found);
                }
            }
        }
    }

    private static void electedBy(AnnotatedSentence sentence, ArticleContext context, List<Fact> found) {
        Shape shape = sentence.shape();
        Matcher m = ELECTED_BY.matcher(shape);
        while (m.find()) {
            Mention.TitleMention title =
                    m.group("preside") != null ? null : (Mention.TitleMention) shape.mention(m, "title");
            if (title != null && title.stale() || staleBefore(shape, m.start()).isPresent()) {
                continue;
            }
            Mention place = m.group("place") != null
                    ? shape.mention(m, "place")
                    : m.group("owner") != null ? shape.mention(m, "owner") : shape.mention(m, "org");
            held(
                            sentence,
                            context,
                            (Mention.PersonMention) shape.mention(m, "person"),
                            title == null ? "President" : title.title(),
                            place,
                            Facts.Found.by("position.elected-by", 0))
                    .ifPresent(fact -> {
                        Facts.addOnce(found, fact);
                        electedOn(sentence, context, m, fact, found);
                    });
        }
    }

    /** The day of an election {@link #ELECTED_BY} read, where the sentence gives it: "on Tuesday elected X". */
    private static void electedOn(
            AnnotatedSentence sentence, ArticleContext context, Matcher m, Fact office, List<Fact> found) {
        if (m.group("date") == null
                || !(sentence.shape().mention(m, "date") instanceof Mention.DateMention date)
                || Facts.future(sentence)) {
            return;
        }
        DateResolver.resolve(date.expression(), DateExtractor.today(sentence, context), false)
                .map(iso -> Facts.of(
                        FactKind.DATE,
                        "election of " + office.subject() + " as " + office.relation() + " of the " + office.object(),
                        "date",
                        iso,
                        Map.of(),
                        sentence,
                        context,
                        Facts.Found.by("position.elected-by", 0)
                                .doubted(!date.expression().absolute())))
                .ifPresent(fact -> Facts.addOnce(found, fact));
    }

    private static void succession(AnnotatedSentence sentence, ArticleContext context, List<Fact> found) {
        Shape shape = sentence.shape();
        Matcher m = SUCCESSION.matcher(shape);
        while (m.find()) {
            Mention.TitleMention title = (Mention.TitleMention) shape.mention(m, "title");
            if (title.stale()) {
                continue;
            }
            Mention place = shape.mention(m, "place");
            Facts.Found by = Facts.Found.by("position.succession", 0);
            held(sentence, context, (Mention.PersonMention) shape.mention(m, "old"), title.title(), place, by)
                    .ifPresent(fact -> Facts.addOnce(found, fact));
            held(
                            sentence,
                            context,
                            (Mention.PersonMention) shape.mention(m, "new"),
                            "incoming " + title.title(),
                            place,
                            by)
                    .ifPresent(fact -> Facts.addOnce(found, fact));
        }
    }

    private static void served(AnnotatedSentence sentence, ArticleContext context, List<Fact> found) {
        Shape shape = sentence.shape();
        Matcher m = SERVED.matcher(shape);
        while (m.find()) {
            Mention.PersonMention person = (Mention.PersonMention) shape.mention(m, "person");
            for (Mention title : shape.mentions(m, "titles")) {
                if (title instanceof Mention.TitleMention held && !held.stale()) {
                    held(
                                    sentence,
                                    context,
                                    person,
                                    "former " + held.title(),
                                    shape.mention(m, "place"),
                                    Facts.Found.by("position.served", 0))
                            .ifPresent(fact -> Facts.addOnce(found, fact));
                }
            }
        }
    }

    /**
     * Three people or more, each with their country in brackets, in a sentence on leaders that names no other office:
     * "the presence of 15 leaders, among which, besides the host, will be A (Brazil), B (Colombia) and C (Chile)".
     */
    private static final ShapePattern LEADER_RUN = ShapePattern.compile("(?<list>{P} \\( {C} \\)(?: , {P} \\( {C} \\))+"
            + "(?: ,)? (?:and|as well as) {P} \\( {C} \\)|{P} \\( {C} \\)(?: , {P} \\( {C} \\)){2,})");

    /** Offices other than a leader's, which a list of people in a sentence on leaders may hold. */
    private static final Pattern OTHER_OFFICES = Pattern.compile("(?:^| )(?:ministers?|ambassadors?|envoys?|officials?"
            + "|delegates?|representatives?|spokesm[ae]n|spokeswom[ae]n|spokespersons?|secretaries|advisers?|advisors?"
            + "|governors?|mayors?|opposition|candidates?|former|ex)(?: |$)");

    private static void leaderList(AnnotatedSentence sentence, ArticleContext context, List<Fact> found) {
        Shape shape = sentence.shape();
        Matcher m = LEADER_LIST.matcher(shape);
        int rule = 0;
        if (m.find()) {
            m.reset();
        } else {
            if (OTHER_OFFICES.matcher(shape.text()).find() || namesAnOfficeOtherThanALeaders(sentence)) {
                return;
            }
            m = LEADER_RUN.matcher(shape);
            rule = 1;
        }
        while (m.find()) {
            List<Mention> items = shape.mentions(m, "list");
            Facts.Found by = Facts.Found.by("position.leaders", rule);
            for (int i = 0; i + 1 < items.size(); i += 2) {
                // "India's A" or "A (India)"
                if (items.get(i + 1) instanceof Mention.PersonMention person) {
                    held(sentence, context, person, "leader", items.get(i), by)
                            .ifPresent(fact -> Facts.addOnce(found, fact));
                } else if (items.get(i) instanceof Mention.PersonMention person) {
                    held(sentence, context, person, "leader", items.get(i + 1), by)
                            .ifPresent(fact -> Facts.addOnce(found, fact));
                }
            }
        }
    }

    /** Whether a title the sentence writes is another than a leader's ("Foreign Minister"), not "President". */
    private static boolean namesAnOfficeOtherThanALeaders(AnnotatedSentence sentence) {
        return sentence.mentions().stream()
                .anyMatch(mention -> mention instanceof Mention.TitleMention title && !LEADING.contains(title.title()));
    }

    /** The fact that a person holds an office named by a rule rather than by a title mention. */
    private static Optional<Fact> held(
            AnnotatedSentence sentence,
            ArticleContext context,
            Mention.PersonMention person,
            String title,
            Mention placeMention,
            Facts.Found by) {
        Optional<String> place = placeMention instanceof Mention.ReferenceMention
                ? context.referredOrganisation(sentence, placeMention.from()).map(Knowledge.Organisation::name)
                : Facts.placeName(placeMention);
        Optional<String> name = context.people().resolve(person);
        if (place.isEmpty() || name.isEmpty()) {
            return Optional.empty();
        }
        Facts.Found found = by.doubted(placeMention instanceof Mention.ReferenceMention)
                .doubted(!name.get().equals(person.name()));
        return Optional.of(
                Facts.of(FactKind.POSITION, name.get(), title, place.get(), Map.of(), sentence, context, found));
    }

    /** The titles of monarchs, whom news names by one name after the title: "Jordan's King Abdullah", "Emir Tamim". */
    private static final java.util.Set<String> MONARCHS = java.util.Set.of("King", "Queen", "Emir", "Sultan");

    /**
     * "President Magufuli of the United Republic of Tanzania": a surname alone right after a title, named in full by the
     * office-holders file for that office, place and the article's month. The article's people learn the full name, so
     * that "welcomed President Magufuli ... as the new SADC chairperson" and later sentences name him too.
     */
    private static Optional<String> surnameTheFileKnows(
            ArticleContext context, Mention.TitleMention title, Mention.PersonMention person, String place) {
        if (person.parts().size() != 1
                || title.to() != person.from()
                || title.stale()
                || context.published().isEmpty()) {
            return Optional.empty();
        }
        Optional<String> full = OfficeHolders.get()
                .holderCalled(
                        place, title.title(), person.name(), context.published().get());
        full.ifPresent(name -> context.people()
                .add(new Mention.PersonMention(name, List.of(name.split(" ")), person.from(), person.to())));
        return full;
    }

    /** A monarch's one name written right after the title: the name as written, a person no other reading needs. */
    private static Optional<String> monarchsName(Mention.TitleMention title, Mention.PersonMention person) {
        return person.parts().size() == 1 && title.to() == person.from() && MONARCHS.contains(title.title())
                ? Optional.of(person.name())
                : Optional.empty();
    }

    private static Optional<Fact> position(
            AnnotatedSentence sentence, ArticleContext context, Matcher m, String titleGroup, Facts.Found by) {
        Shape shape = sentence.shape();
        Mention.TitleMention title = (Mention.TitleMention) shape.mention(m, titleGroup);
        Mention.PersonMention person = (Mention.PersonMention) shape.mention(m, "person");
        Mention placeMention = hasGroup(m, "place")
                ? shape.mention(m, "place")
                : hasGroup(m, "place2") ? shape.mention(m, "place2") : null;
        String base = NAMED_TITLE.matcher(title.title()).replaceAll("");
        if (placeMention instanceof Mention.CityMention && !CITY_OFFICES.contains(base)) {
            return Optional.empty(); // "Tokyo President X" is no phrasing; "Moscow Mayor X" is
        }
        if (placeMention != null && centralBank(placeMention)) {
            return Optional.empty(); // "Governor of the Central Bank of Kenya": the central bank rules name the country
        }
        if (base.equals("leader") && !(placeMention instanceof Mention.CountryMention)) {
            return Optional.empty(); // "an ASEAN leader" leads a member, not the grouping
        }
        if (base.equals("head")
                && !(placeMention instanceof Mention.OrganisationMention
                        || placeMention instanceof Mention.ReferenceMention)) {
            return Optional.empty(); // a country's head is its head of state or government, which the title says
        }
        Optional<String> national = placeMention == null
                ? Optional.ofNullable(Knowledge.get().titleCountries.get(title.title()))
                        .map(Knowledge.Country::name)
                : Optional.empty();
        Optional<String> known = placeMention == null && national.isEmpty()
                ? placeKnownFor(sentence, context, m, titleGroup, title, person)
                : Optional.empty();
        Optional<String> place = placeMention == null
                ? national.or(() -> known)
                : placeMention instanceof Mention.CityMention city
                        ? Optional.of(city.city().name())
                        : placeMention instanceof Mention.ReferenceMention
                                ? context.referredOrganisation(sentence, placeMention.from())
                                        .map(Knowledge.Organisation::name)
                                : Facts.placeName(placeMention).map(name -> withCountry(sentence, placeMention, name));
        if (DEPUTY_BEFORE
                .matcher(shape.text().substring(Math.max(0, m.start(titleGroup) - 12), m.start(titleGroup)))
                .find()) {
            return Optional.empty(); // "Deputy Head X of the council": a deputy holds another office
        }
        Optional<String> staleWord = hasGroup(m, "was") ? Optional.of("former") : staleBefore(shape, m.start());
        // "then president-elect X": a word before the match that gives no fact wins over the title's own
        boolean gone = staleWord.map(String::isEmpty).orElse(false)
                || title.stale() && !NAMED_TITLE.matcher(title.title()).find();
        if (gone || place.isEmpty() || someoneElsesTitle(shape, m.start())) {
            return Optional.empty();
        }
        Optional<String> name = context.people()
                .resolve(person)
                .or(() -> monarchsName(title, person))
                .or(() -> surnameTheFileKnows(context, title, person, place.get()));
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String relation = title.title();
        if (hasGroup(m, "kept") && m.start("kept") < m.start(titleGroup)) {
            relation = m.group("kept") + " " + relation;
        }
        if (!title.stale() && staleWord.isPresent()) {
            relation = staleWord.get() + " " + relation; // "the former Brazilian President X"
        }
        Map<String, String> qualifiers = Map.of();
        if (hasGroup(m, "boss")) {
            qualifiers = Map.of("for", ((Mention.TitleMention) shape.mention(m, "boss")).title());
        }
        // "the organisation's secretary general, X": the place comes from the article; "Mr. Doe": the name from an
        // earlier sentence
        // a place the office-holders file gave is its own reading, one step of inference
        Facts.Found found = known.isPresent()
                ? Facts.Found.by("position.known-holder", 0).doubted(true)
                : by.doubted(placeMention instanceof Mention.ReferenceMention)
                        .doubted(!name.get().equals(person.name()));
        return Optional.of(
                Facts.of(FactKind.POSITION, name.get(), relation, place.get(), qualifiers, sentence, context, found));
    }

    /** A place written just before a title ("Kenyan President", "Kenya's President", "Moscow Mayor"). */
    private static final Pattern PLACE_BEFORE = Pattern.compile("(?:[CDOKYMA]\\d+|'s) $");
    /** A place written just after a name ("President X of Kenya", "President X (Kenya)"). */
    private static final Pattern PLACE_AFTER = Pattern.compile("^ (?:of|\\(|,? (?:the )?[CDOK]\\d+ 's)");

    /**
     * "President Luis Lacalle Pou's plans", "President Volodymyr Zelensky said": a title and a name with no place, in an
     * article of a known date. The office-holders file gives the place when that person held that title in exactly one
     * place that month; a place the sentence writes around the title always wins, so none is looked up then.
     */
    private static Optional<String> placeKnownFor(
            AnnotatedSentence sentence,
            ArticleContext context,
            Matcher m,
            String titleGroup,
            Mention.TitleMention title,
            Mention.PersonMention person) {
        String text = sentence.shape().text();
        if (context.published().isEmpty()
                || PLACE_BEFORE
                        .matcher(text.substring(Math.max(0, m.start(titleGroup) - 8), m.start(titleGroup)))
                        .find()
                || PLACE_AFTER.matcher(text.substring(m.end("person"))).find()) {
            return Optional.empty();
        }
        LocalDate day = context.published().get();
        // "under former President John Kufuor": the place whose office the file says they left before the day
        return context.people()
                .resolve(person)
                .flatMap(name -> title.title().startsWith("former ")
                        ? OfficeHolders.get().formerPlaceOf(title.title().substring("former ".length()), name, day)
                        : OfficeHolders.get().placeOf(title.title(), name, day));
    }

    /** The offices a city has. */
    private static final java.util.Set<String> CITY_OFFICES =
            java.util.Set.of("Mayor", "Deputy Mayor", "Governor", "Ruler");

    /**
     * The word written just before a match that says its title is not held now: empty when the fact keeps no word
     * ("late", "then"), "former", "outgoing" or "incoming" when it does; no value when there is none.
     */
    private static Optional<String> staleBefore(Shape shape, int at) {
        Matcher m = STALE_BEFORE.matcher(shape.text().substring(Math.max(0, at - 12), at));
        return m.find() ? Optional.of(NAMED_STALE.getOrDefault(m.group(1), "")) : Optional.empty();
    }

    /**
     * "Russian Foreign Ministry spokeswoman X": a body missing from the data files takes the
     * country written just before it ("Foreign Ministry of Russia"), since alone it names none.
     */
    private static String withCountry(AnnotatedSentence sentence, Mention place, String name) {
        if (!(place instanceof Mention.OrganisationMention organisation)
                || organisation.organisation().listed()) {
            return name;
        }
        for (Mention mention : sentence.mentions()) {
            if (mention.to() == place.from() && mention instanceof Mention.CountryMention country) {
                return name + " of " + country.country().name();
            }
        }
        return name;
    }

    /** "the spokesman for the Russian president, X": the title before the name is not X's. */
    private static boolean someoneElsesTitle(Shape shape, int at) {
        return ROLE_OF_ANOTHER
                .matcher(shape.text().substring(Math.max(0, at - 20), at))
                .find();
    }

    private static final Pattern ROLE_OF_ANOTHER = Pattern.compile("T\\d+ (?:for|of|to) (?:the )?$");

    private static boolean hasGroup(Matcher m, String group) {
        return m.pattern().pattern().contains("(?<" + group + ">") && m.start(group) >= 0;
    }
}
