package quizline.generate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import quizline.facts.FactKind;
import quizline.facts.Gazetteer;
import quizline.facts.Memberships;
import quizline.pack.Question;

/**
 * Questions on "country C is a founding member of (joined, observes …) organisation O", best first. The first
 * member of O in the draft is asked as "which of these countries was NOT a member", the second as "select all the
 * members"; a country that joined on a known date as "which of these countries joined O in April 2023" with the
 * year it joined beside it; the others as "which of these countries is …". Then a statement to judge and a cloze
 * with O blanked (blanking C would admit every other member). A wrong choice is tied to O, in an article or in the
 * memberships data file (which knows members no article names), only in a way that rules the asked status out: a
 * later member for a founding member, an observer or candidate for a member (as of a date the file covers).
 */
final class MemberQuestions {
    private static final List<String> TAGS = List.of("members");
    private static final Set<String> MEMBER_STATUSES = Set.of("founding member", "member", "joined");
    private static final Pattern YEAR_FIRST = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    private final Distractors distractors;
    private final Memberships memberships = Memberships.get();
    /** Every country with any tie to an organisation, in any article or the data file: never a wrong choice about it. */
    private final Map<String, Set<String>> tiedTo = new TreeMap<>();
    /** Every status the articles give a country in an organisation, keyed by "country|organisation". */
    private final Map<String, Set<String>> statuses = new TreeMap<>();
    /** Every year the articles give for a country joining an organisation, keyed by "country|organisation". */
    private final Map<String, Set<String>> joinedIn = new TreeMap<>();
    /** The members the articles give each organisation, in the order first stated: the first two ask about all of them. */
    private final Map<String, List<KnownFact>> membersOf = new TreeMap<>();

    private final Map<String, List<String>> neighbours = new TreeMap<>();
    /** How many of the countries closest to an organisation's members its wrong choices are drawn from. */
    private static final int NEIGHBOURS = 8;

    /** The date the author declares the facts hold on, for facts of undated articles. */
    private final Optional<LocalDate> declared;

    private final int latestYear;

    MemberQuestions(FactBase base, Distractors distractors, Optional<LocalDate> declared, int latestYear) {
        this.declared = declared;
        this.distractors = distractors;
        this.latestYear = latestYear;
        for (KnownFact f : base.all()) {
            if (f.kind() == FactKind.MEMBER) {
                statuses.computeIfAbsent(f.subject() + "|" + f.object(), k -> new TreeSet<>())
                        .add(f.relation());
                tiedTo.computeIfAbsent(
                                f.object(),
                                k -> new TreeSet<>(memberships.of(f.object()).keySet()))
                        .add(f.subject());
                joinedYear(f)
                        .ifPresent(y -> joinedIn.computeIfAbsent(f.subject() + "|" + f.object(), k -> new TreeSet<>())
                                .add(y));
            }
        }
        for (KnownFact f : base.facts(FactKind.MEMBER)) {
            if (MEMBER_STATUSES.contains(f.relation())
                    && Gazetteer.get().country(f.subject()).isPresent()
                    && membersOf.getOrDefault(f.object(), List.of()).stream()
                            .noneMatch(m -> m.subject().equals(f.subject()))) {
                membersOf.computeIfAbsent(f.object(), k -> new ArrayList<>()).add(f);
            }
        }
    }

    List<FactQuestions.Candidate> of(KnownFact f, Set<String> disputed) {
        String base = Slug.join("member", f.subject(), f.relation(), f.object());
        // A status can change (a candidate joins, a member is suspended): a dated one is told as of its date
        boolean stale = !f.relation().equals("founding member") && !f.relation().equals("joined");
        Optional<LocalDate> date = f.asOf().or(() -> declared);
        if (stale && date.isEmpty()) {
            return List.of(); // "Finland is a prospective member of NATO", undated, would be taught as true today
        }
        String asOf = stale ? Wording.asOf(date) : "";
        String phrase = Wording.membership(f.relation(), !asOf.isEmpty());
        String organisation = Wording.place(f.object());
        String statement =
                Wording.capitalised(asOf + Wording.place(f.subject()) + " " + phrase + " " + organisation + ".");
        Set<String> topics = Set.of(Topics.membership(f.subject(), f.object()));
        String status = Topics.status(topics, disputed);
        boolean country = Gazetteer.get().country(f.subject()).isPresent();
        List<FactQuestions.Candidate> out = new ArrayList<>();

        int rank = membersOf.getOrDefault(f.object(), List.of()).indexOf(f);
        // With few members named, "NOT a member" and "select all the members" would offer the same countries twice
        boolean enoughForTwo = membersOf.getOrDefault(f.object(), List.of()).size() >= 5;
        if (rank == 0 || rank == 1 && enoughForTwo) {
            date.ifPresent(d -> allMembers(f, d, rank == 0, base, disputed).ifPresent(out::add));
        }
        Optional<String> joined = f.relation().equals("joined")
                ? Optional.ofNullable(f.qualifiers().get("date"))
                        .filter(d -> YEAR_FIRST.matcher(d).matches())
                : Optional.empty();
        // Wrong countries are offered only where the data file lists who belongs: for an organisation it does not
        // know (a UN regional group), a country the articles never tie to it may still belong (Qatar, Asia-Pacific)
        boolean checkable = memberships.knows(f.object());
        // "India and Pakistan joined in 2017": the year is asked of the first country the articles name only
        boolean sameYearAsAnother = joinedYear(f)
                .map(y -> membersOf.getOrDefault(f.object(), List.of()).stream()
                        .takeWhile(m -> m != f)
                        .anyMatch(m -> joinedYear(m).equals(Optional.of(y))))
                .orElse(false);
        if (joined.isPresent() && country && checkable && !sameYearAsAnother) {
            String when = joined.get().length() == 4
                    ? joined.get()
                    : MONTH.format(LocalDate.parse(joined.get().length() == 7 ? joined.get() + "-01" : joined.get()));
            String joinedStatement = Wording.place(f.subject()) + " joined " + organisation + " in " + when + ".";
            String whoId = Slug.id(base, "who-choice");
            List<String> others = wrongCountries(whoId, f, date, true);
            if (!others.isEmpty()) {
                Choices choices = Choices.of(whoId, f.subject(), others);
                out.add(FactQuestions.Candidate.of(
                        choices.question(
                                whoId,
                                "Which of these countries joined " + organisation + " in " + when + "?",
                                TAGS,
                                Wording.capitalised(joinedStatement),
                                f.first(),
                                status),
                        topics,
                        "who"));
            }
            String year = joined.get().substring(0, 4);
            String yearId = Slug.id(base, "year-choice");
            List<String> years = distractors.years(
                    yearId, Integer.parseInt(year), joinedIn.get(f.subject() + "|" + f.object()), latestYear);
            if (!years.isEmpty()) {
                Choices choices = Choices.of(yearId, year, years);
                out.add(new FactQuestions.Candidate(
                        new Generated(
                                choices.question(
                                        yearId,
                                        "In what year did " + Wording.place(f.subject()) + " join " + organisation
                                                + "?",
                                        TAGS,
                                        Wording.capitalised(joinedStatement),
                                        f.first(),
                                        status),
                                topics),
                        "when",
                        true));
            }
        }
        if (country && checkable) {
            String choiceId = Slug.id(base, "choice");
            List<String> others = wrongCountries(choiceId, f, date, false);
            if (!others.isEmpty()) {
                Choices choices = Choices.of(choiceId, f.subject(), others);
                // an associate member offered as wrong: "a member" could be read as taking it in, "a full member" not
                String asked = f.relation().equals("member") && others.stream().anyMatch(c -> associate(c, f.object()))
                        ? Wording.fullMembership(!asOf.isEmpty())
                        : phrase;
                out.add(FactQuestions.Candidate.of(
                        choices.question(
                                choiceId,
                                Wording.capitalised(
                                        asOf + "which of these countries " + asked + " " + organisation + "?"),
                                TAGS,
                                statement,
                                f.first(),
                                status),
                        topics,
                        "who"));
            }
        }
        judge(f, base, asOf, statement, joined, topics, status).ifPresent(out::add);
        // No cloze on the organisation: "India was a member of the ___" has many right answers (the SCO, BRICS, the
        // UN), and the instructor's review found the draft keying one sentence to the CIS and its copy to the CSTO
        if (!stale) {
            return out;
        }
        LocalDate day = date.get();
        return out.stream().map(c -> c.dated(day)).toList();
    }

    /**
     * A statement to judge, drawn False by its id (Falsehoods): a year the country did not join in, or a
     * status that excludes the true one (a member is no dialogue partner, an observer no member) unless an article or
     * the data file gives that status; a status only as of a date, since an observer may become a member later. With
     * no such falsehood the fact gets no statement rather than one more keyed True.
     */
    private Optional<FactQuestions.Candidate> judge(
            KnownFact f,
            String base,
            String asOf,
            String statement,
            Optional<String> joined,
            Set<String> topics,
            String status) {
        String judgeId = Slug.id(base, "truefalse");
        if (!Falsehoods.keyedFalse(judgeId)) {
            return Optional.of(FactQuestions.Candidate.of(
                    new Question.TrueFalse(
                            judgeId,
                            "True or false: " + Wording.lowerFirst(statement),
                            true,
                            TAGS,
                            statement,
                            f.first(),
                            status),
                    topics,
                    "statement"));
        }
        String organisation = Wording.place(f.object());
        String wrongStatement = null;
        String explanation = statement;
        if (joined.isPresent()) {
            String year = joined.get().substring(0, 4);
            List<String> years = distractors.years(
                    judgeId, Integer.parseInt(year), joinedIn.get(f.subject() + "|" + f.object()), latestYear);
            if (!years.isEmpty()) {
                wrongStatement = Wording.place(f.subject()) + " joined " + organisation + " in " + years.get(0) + ".";
                explanation = Wording.capitalised(
                        Wording.place(f.subject()) + " joined " + organisation + " in " + year + ".");
            }
        } else if (f.relation().equals("founding member")
                && memberships.of(f.object()).containsValue(Memberships.Status.FOUNDING_MEMBER)) {
            // Another full member that did not found it: "India is a founding member of the SCO" is false. Only where
            // the data file names the founders: for the AU it lists members alone, and most of them founded it
            List<String> later = memberships.fullMembers(f.object()).stream()
                    .filter(m -> memberships.status(f.object(), m).orElseThrow() == Memberships.Status.MEMBER
                            && !statuses.getOrDefault(m + "|" + f.object(), Set.of())
                                    .contains("founding member")
                            && Gazetteer.get().country(m).isPresent())
                    .toList();
            if (!later.isEmpty()) {
                String wrong = later.get(Math.floorMod(judgeId.hashCode(), later.size()));
                wrongStatement = Wording.place(wrong) + " is a founding member of " + organisation + ".";
                explanation = Wording.capitalised(Wording.place(wrong)) + " joined " + organisation
                        + " after its founding; " + Wording.lowerFirst(statement);
            }
        } else if (!asOf.isEmpty()) {
            String rival = rivalStatus(f);
            Optional<Memberships.Status> known = memberships.status(f.object(), f.subject());
            boolean trueElsewhere = statuses.getOrDefault(f.subject() + "|" + f.object(), Set.of())
                            .contains(rival)
                    || known.map(s -> rival.equals("member")
                                    ? s.fullMember()
                                    : s.label().equals(rival))
                            .orElse(false);
            if (!trueElsewhere && !f.relation().equals("suspended member")) {
                // "Colombia was a member of Mercosur" may be read as true of an associate member: a lesser tie is
                // judged against full membership
                String claimed = rival.equals("member") && !MEMBER_STATUSES.contains(f.relation())
                        ? Wording.fullMembership(true)
                        : Wording.membership(rival, true);
                wrongStatement = asOf + Wording.place(f.subject()) + " " + claimed + " " + organisation + ".";
            }
        }
        if (wrongStatement == null) {
            return Optional.empty();
        }
        return Optional.of(FactQuestions.Candidate.of(
                new Question.TrueFalse(
                        Slug.id(base, "truefalse-false"),
                        "True or false: " + Wording.lowerFirst(Wording.capitalised(wrongStatement)),
                        false,
                        TAGS,
                        "False: " + Wording.lowerFirst(explanation),
                        f.first(),
                        status),
                topics,
                "statement"));
    }

    /**
     * The status a false statement gives a member instead: one the organisation has (an SCO dialogue partner, a BRICS
     * partner, an EU candidate), an observer when the data file does not list it; a non-member is called a member.
     */
    private String rivalStatus(KnownFact f) {
        if (!MEMBER_STATUSES.contains(f.relation())) {
            return "member";
        }
        Set<Memberships.Status> has = Set.copyOf(memberships.of(f.object()).values());
        for (Memberships.Status s : List.of(
                Memberships.Status.DIALOGUE_PARTNER,
                Memberships.Status.OBSERVER,
                Memberships.Status.PARTNER,
                Memberships.Status.CANDIDATE,
                Memberships.Status.ASSOCIATE_MEMBER)) {
            if (has.contains(s)) {
                return s.label();
            }
        }
        return "observer";
    }

    /**
     * "Which of these countries was NOT a member of O?" (one right answer) or "which were members?" (select all), as of
     * the fact's date: members are the articles' members on or before that date that the data file still lists as
     * full members; the others are countries the data file ties to O in no way. Only for organisations the data file
     * lists, and not after its date, since only then does a country it leaves out have no tie.
     */
    private Optional<FactQuestions.Candidate> allMembers(
            KnownFact f, LocalDate date, boolean notMember, String base, Set<String> disputed) {
        if (!memberships.knows(f.object())
                || date.isAfter(memberships.asOf())
                || !memberships
                        .status(f.object(), f.subject())
                        .map(Memberships.Status::fullMember)
                        .orElse(false)) {
            return Optional.empty();
        }
        String id = Slug.id(base, notMember ? "not-member" : "members");
        Random random = new Random(id.hashCode());
        List<String> others = new ArrayList<>();
        Set<String> topics = new TreeSet<>(Set.of(Topics.membership(f.subject(), f.object())));
        for (KnownFact m : membersOf.get(f.object())) {
            boolean heldThen = m.relation().equals("founding member")
                    || m.asOf().map(d -> !d.isAfter(date)).orElse(false);
            if (m != f
                    && heldThen
                    && memberships
                            .status(f.object(), m.subject())
                            .map(Memberships.Status::fullMember)
                            .orElse(false)) {
                others.add(m.subject());
            }
        }
        Collections.shuffle(others, random);
        List<String> members = new ArrayList<>(List.of(f.subject()));
        members.addAll(others.subList(0, Math.min(2, others.size())));
        List<String> outsiders = distractors.countries(
                id, f.subject(), tiedTo.get(f.object()), neighbours(f.object()), home(f.object()));
        if (members.size() < 2 || outsiders.size() < (notMember ? 1 : 2)) {
            return Optional.empty();
        }
        members.forEach(m -> topics.add(Topics.membership(m, f.object())));
        String organisation = Wording.place(f.object());
        String asOf = Wording.asOf(Optional.of(date));
        List<String> sortedMembers = members.stream().sorted().toList();
        String were = names(sortedMembers) + " were members of " + organisation;
        String status = Topics.status(topics, disputed);
        Question q;
        if (notMember) {
            Choices choices = Choices.of(id, outsiders.get(0), members);
            q = choices.question(
                    id,
                    asOf + "which of these countries was NOT a member of " + organisation + "?",
                    TAGS,
                    asOf + were + "; " + Wording.place(outsiders.get(0)) + " was not.",
                    f.first(),
                    status);
        } else {
            List<String> all = new ArrayList<>(members);
            all.addAll(outsiders.subList(0, 2));
            Collections.shuffle(all, random);
            List<Integer> answer = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (members.contains(all.get(i))) {
                    answer.add(i);
                }
            }
            q = new Question.Multi(
                    id,
                    asOf + "which of these countries were members of " + organisation + "? Select all that apply.",
                    all,
                    answer,
                    TAGS,
                    asOf + were + "; "
                            + names(outsiders.subList(0, 2).stream().sorted().toList()) + " were not.",
                    f.first(),
                    status);
        }
        return Optional.of(FactQuestions.Candidate.of(q, topics, notMember ? "not-member" : "members")
                .dated(date));
    }

    /**
     * Countries that belong with O's members to other organisations but have no tie to O, closest first: each other
     * organisation counts by the share of its members that belong to O, so a regional body weighs more than a global
     * club (for NATO the EU's neutral states, then Japan of the G7; for the CIS the SCO's Asian members). Wrong choices
     * a student has to think about; empty for an organisation the data file does not list.
     */
    private List<String> neighbours(String organisation) {
        return neighbours.computeIfAbsent(organisation, o -> {
            Set<String> members = Set.copyOf(memberships.fullMembers(o));
            Set<String> tied = tiedTo.getOrDefault(o, memberships.of(o).keySet());
            Map<String, Double> closeness = new TreeMap<>();
            for (String other : memberships.organisations()) {
                List<String> theirs = memberships.fullMembers(other);
                double share =
                        (double) theirs.stream().filter(members::contains).count() / Math.max(1, theirs.size());
                for (String c : theirs) {
                    if (share > 0 && !tied.contains(c) && !members.contains(c)) {
                        closeness.merge(c, share, Double::sum);
                    }
                }
            }
            return closeness.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(NEIGHBOURS)
                    .map(Map.Entry::getKey)
                    .toList();
        });
    }

    /** Whether the data file or an article makes a country an associate member of the organisation. */
    private boolean associate(String country, String organisation) {
        return memberships.status(organisation, country).equals(Optional.of(Memberships.Status.ASSOCIATE_MEMBER))
                || statuses.getOrDefault(country + "|" + organisation, Set.of()).contains("associate member");
    }

    /**
     * Wrong countries for "which of these countries is a member of / joined / is a founding member of O": first those
     * the data file ties to O in a way that rules the fact's status out (the review's "use Iran, invited, not Japan"):
     * for a founding member, the members that joined later; for a member or a country that joined, O's observers,
     * partners, candidates, invitees and associates, and its founders for "joined" in a year the question names; for a candidate,
     * observer, partner or associate, O's observers, dialogue partners or associates (a tie of another kind). Then,
     * as before, countries with no tie to O, nearest first.
     *
     * @param yearNamed whether the question names the year a country joined ("joined O in 2017")
     */
    private List<String> wrongCountries(String id, KnownFact f, Optional<LocalDate> date, boolean yearNamed) {
        List<List<String>> related = statusRuledOut(f, date, yearNamed);
        Set<String> ruledOut = new TreeSet<>(tiedTo.get(f.object()));
        related.forEach(ruledOut::removeAll);
        return distractors.countries(id, f.subject(), ruledOut, related, neighbours(f.object()), home(f.object()));
    }

    /** Ties that are no candidacy, invitation or partnership: wrong answers for those. */
    private static final Set<Memberships.Status> OTHER_LESSER = Set.of(
            Memberships.Status.OBSERVER, Memberships.Status.DIALOGUE_PARTNER, Memberships.Status.ASSOCIATE_MEMBER);

    private static final Set<Memberships.Status> NO_MEMBER = Set.of(
            Memberships.Status.OBSERVER,
            Memberships.Status.DIALOGUE_PARTNER,
            Memberships.Status.PARTNER,
            Memberships.Status.CANDIDATE,
            Memberships.Status.INVITED,
            Memberships.Status.ASSOCIATE_MEMBER);

    /**
     * Countries the data file ties to O that certainly lack the fact's status, and that no article gives a member's
     * status in O. Founding is for ever, so later members are never founders; a lesser tie (observer, partner,
     * candidate) is only sure up to the file's date, since a candidate may join after it.
     */
    private List<List<String>> statusRuledOut(KnownFact f, Optional<LocalDate> date, boolean yearNamed) {
        Map<String, Memberships.Status> file = memberships.of(f.object());
        boolean foundersListed = file.containsValue(Memberships.Status.FOUNDING_MEMBER);
        boolean knownThen = date.map(d -> !d.isAfter(memberships.asOf())).orElse(false);
        Optional<String> joinedYear = joinedYear(f);
        List<String> later = new ArrayList<>();
        List<String> lesser = new ArrayList<>();
        file.forEach((country, status) -> {
            Set<String> given = statuses.getOrDefault(country + "|" + f.object(), Set.of());
            Set<String> years = joinedIn.getOrDefault(country + "|" + f.object(), Set.of());
            boolean lesserTie =
                    knownThen && NO_MEMBER.contains(status) && given.stream().noneMatch(MEMBER_STATUSES::contains);
            boolean sure = switch (f.relation()) {
                // founding is for ever: a later member never was a founder
                case "founding member" ->
                    foundersListed
                            && !given.contains("founding member")
                            && (status == Memberships.Status.MEMBER || lesserTie);
                case "member" -> lesserTie;
                // a founder did not join in a later year; with no year, a founder has joined too
                case "joined" ->
                    yearNamed
                                    && joinedYear.isPresent()
                                    && foundersListed
                                    && status == Memberships.Status.FOUNDING_MEMBER
                                    && !given.contains("joined")
                                    && !years.contains(joinedYear.get())
                            || lesserTie;
                // a lesser tie of another kind rules a candidacy or a partnership out (Chile, an associate, is no
                // prospective member of Mercosur); founders would be eliminated at a glance
                default ->
                    knownThen
                            && OTHER_LESSER.contains(status)
                            && !status.label().equals(f.relation())
                            && !given.contains(f.relation())
                            && given.stream().noneMatch(MEMBER_STATUSES::contains);
            };
            if (sure && Gazetteer.get().country(country).isPresent()) {
                (status == Memberships.Status.MEMBER || status == Memberships.Status.FOUNDING_MEMBER ? later : lesser)
                        .add(country);
            }
        });
        // members first: "South Africa" for a founding member of BRICS before its partners
        return List.of(later, lesser);
    }

    /** Where an organisation's full members mostly lie: its wrong members are drawn from there first. */
    private java.util.function.ToIntFunction<String> home(String organisation) {
        return distractors.nearnessTo(memberships.fullMembers(organisation));
    }

    /** "India, Pakistan and Russia". */
    private static String names(List<String> names) {
        List<String> placed = names.stream().map(Wording::place).toList();
        return placed.size() == 1
                ? placed.get(0)
                : String.join(", ", placed.subList(0, placed.size() - 1)) + " and " + placed.get(placed.size() - 1);
    }

    private static Optional<String> joinedYear(KnownFact f) {
        String date = f.qualifiers().get("date");
        return f.relation().equals("joined")
                        && date != null
                        && YEAR_FIRST.matcher(date).matches()
                ? Optional.of(date.substring(0, 4))
                : Optional.empty();
    }
}
