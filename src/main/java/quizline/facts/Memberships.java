package quizline.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who belongs to the major organisations, read once from {@code memberships.tsv}: checked knowledge true on the
 * file's own date, for code that must not offer a real member as a wrong choice when no article names it. Names
 * are those of the other data files (an organisation by its name in organisations.tsv, a member by its name in
 * countries.tsv or organisations.tsv); a name they do not know stops loading, so a typo cannot hide a member.
 */
public final class Memberships {
    /** How a country belongs to an organisation; {@link #FORMER_MEMBER} is a tie too, to the organisation's past. */
    public enum Status {
        FOUNDING_MEMBER,
        MEMBER,
        SUSPENDED,
        ASSOCIATE_MEMBER,
        OBSERVER,
        DIALOGUE_PARTNER,
        PARTNER,
        CANDIDATE,
        INVITED,
        FORMER_MEMBER;

        /** The status as the file writes it: "founding member". */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }

        /** A full member with its rights: not suspended, associate, candidate or former. */
        public boolean fullMember() {
            return this == FOUNDING_MEMBER || this == MEMBER;
        }

        static Status of(String label) {
            for (Status s : values()) {
                if (s.label().equals(label)) {
                    return s;
                }
            }
            throw new IllegalStateException("memberships.tsv: unknown status: " + label);
        }
    }

    private static final String FILE = "memberships.tsv";

    private static final class Holder {
        static final Memberships INSTANCE = new Memberships(DataFiles.table(FILE, 3));
    }

    private final LocalDate asOf;
    /** Members and their status, by organisation; both sorted by name. */
    private final SortedMap<String, SortedMap<String, Status>> byOrganisation = new TreeMap<>();
    /** When a member joined, where the file says: by organisation, then member. */
    private final Map<String, Map<String, Joined>> joined = new TreeMap<>();

    /**
     * The day a member joined ("Finland 2023-04-04"), or only its year ("Greece 1981"): a year alone says that the
     * country was a member by the end of it, not on a day within it.
     */
    private record Joined(LocalDate from, boolean yearOnly) {
        private static final Pattern WRITTEN = Pattern.compile("(.+?) ([0-9]{4})(?:-([0-9]{2})-([0-9]{2}))?");

        boolean by(LocalDate day) {
            return yearOnly ? day.getYear() > from.getYear() : !day.isBefore(from);
        }
    }

    public static Memberships get() {
        return Holder.INSTANCE;
    }

    /** @param rows the file's rows after its header: first the "as of" row, then organisation, status, members */
    Memberships(List<String[]> rows) {
        asOf = DataFiles.asOf(FILE, rows);
        Knowledge knowledge = Knowledge.get();
        List<String> organisations = new ArrayList<>();
        knowledge.organisations().forEach(o -> organisations.add(o.name()));
        for (String[] row : rows.subList(1, rows.size())) {
            if (!organisations.contains(row[0])) {
                throw new IllegalStateException(FILE + ": an organisation organisations.tsv does not name: " + row[0]);
            }
            Status status = Status.of(row[1]);
            SortedMap<String, Status> members = byOrganisation.computeIfAbsent(row[0], k -> new TreeMap<>());
            for (String written : DataFiles.split(row[2])) {
                Matcher dated = Joined.WRITTEN.matcher(written);
                String member = written;
                if (dated.matches()) {
                    member = dated.group(1);
                    LocalDate from = dated.group(3) == null
                            ? LocalDate.of(Integer.parseInt(dated.group(2)), 1, 1)
                            : LocalDate.parse(dated.group(2) + "-" + dated.group(3) + "-" + dated.group(4));
                    joined.computeIfAbsent(row[0], k -> new TreeMap<>())
                            .put(member, new Joined(from, dated.group(3) == null));
                }
                if (knowledge.findCountry(member).isEmpty() && !organisations.contains(member)) {
                    throw new IllegalStateException(
                            FILE + ": " + row[0] + " lists a name no data file knows: " + member);
                }
                Status earlier = members.putIfAbsent(member, status);
                if (earlier != null) {
                    throw new IllegalStateException(FILE + ": " + member + " is listed twice in " + row[0] + ": "
                            + earlier.label() + " and " + status.label());
                }
            }
        }
    }

    /** The date the file is true on. */
    public LocalDate asOf() {
        return asOf;
    }

    /** The organisations the file lists, sorted. */
    public List<String> organisations() {
        return List.copyOf(byOrganisation.keySet());
    }

    /** Whether the file lists the organisation's members: only then does a country it does not name have no tie. */
    public boolean knows(String organisation) {
        return byOrganisation.containsKey(organisation);
    }

    /** Every country (or organisation) with a tie to the organisation, with its status; empty when not listed. */
    public SortedMap<String, Status> of(String organisation) {
        return Collections.unmodifiableSortedMap(byOrganisation.getOrDefault(organisation, new TreeMap<>()));
    }

    /** The member's status in the organisation, when the file gives one. */
    public Optional<Status> status(String organisation, String member) {
        return Optional.ofNullable(byOrganisation
                .getOrDefault(organisation, Collections.emptySortedMap())
                .get(member));
    }

    /**
     * Whether the member was a full member of the organisation on the day, as far as the file tells: a full member now
     * that joined before it (a member the file gives no joining date for has been one for as long as news reports
     * go). Without a day, only such a long-standing member: a report of unknown date may be older than a member's
     * joining (Egypt at the BRICS summit of 2023 was a guest). Members that left or were suspended since are not full
     * members now, so the file cannot vouch for them on any day.
     */
    public boolean fullMemberOn(String organisation, String member, Optional<LocalDate> day) {
        if (!status(organisation, member).map(Status::fullMember).orElse(false)) {
            return false;
        }
        Joined when = joined.getOrDefault(organisation, Map.of()).get(member);
        return when == null || day.map(when::by).orElse(false);
    }

    /** Full members of the organisation (founding members with them), sorted. */
    public List<String> fullMembers(String organisation) {
        return of(organisation).entrySet().stream()
                .filter(e -> e.getValue().fullMember())
                .map(Map.Entry::getKey)
                .toList();
    }
}
