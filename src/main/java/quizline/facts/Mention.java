package quizline.facts;

/**
 * Something a run of tokens [from, to) of a sentence names. Each kind has a one-letter symbol
 * in the sentence's {@link Shape}.
 */
sealed interface Mention {
    int from();

    int to();

    char symbol();

    /** A country by name ("Ghana", "U.S.") or by demonym ("Ghanaian"). */
    record CountryMention(Knowledge.Country country, boolean demonym, int from, int to) implements Mention {
        @Override
        public char symbol() {
            return demonym ? 'D' : 'C';
        }
    }

    record OrganisationMention(Knowledge.Organisation organisation, int from, int to) implements Mention {
        @Override
        public char symbol() {
            return 'O';
        }
    }

    /** "the grouping", "the organisation": an organisation named earlier. */
    record ReferenceMention(int from, int to) implements Mention {
        @Override
        public char symbol() {
            return 'A';
        }
    }

    record CityMention(Knowledge.City city, int from, int to) implements Mention {
        @Override
        public char symbol() {
            return 'Y';
        }
    }

    /** "White House" as in "White House spokesman". */
    record MetonymMention(Knowledge.Country country, int from, int to) implements Mention {
        @Override
        public char symbol() {
            return 'K';
        }
    }

    /** A title with its kept modifier ("acting President"); {@code stale} for "former", "late". */
    record TitleMention(String title, boolean stale, int from, int to) implements Mention {
        @Override
        public char symbol() {
            return 'T';
        }
    }

    /** A personal name as written, honorifics ("Mr.", "Ayatollah") left out. */
    record PersonMention(String name, java.util.List<String> parts, int from, int to) implements Mention {
        @Override
        public char symbol() {
            return 'P';
        }
    }

    record DateMention(DateExpression expression, String written, int from, int to) implements Mention {
        @Override
        public char symbol() {
            return 'W';
        }
    }
}
