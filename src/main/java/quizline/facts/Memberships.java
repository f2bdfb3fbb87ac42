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
            for (String member : DataFiles.split(row[2])) {
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

    /** Full members of the organisation (founding members with them), sorted. */
    public List<String> fullMembers(String organisation) {
        return of(organisation).entrySet().stream()
                .filter(e -> e.getValue().fullMember())
                .map(Map.Entry::getKey)
                .toList();
    }
}
