package quizline.schedule;

/** The four answer grades, numbered as Anki and the FSRS literature number them. */
public enum Rating {
    AGAIN(1, "Again"),
    HARD(2, "Hard"),
    GOOD(3, "Good"),
    EASY(4, "Easy");

    private static final Rating[] BY_GRADE = {null, AGAIN, HARD, GOOD, EASY};

    private final int grade;
    private final String label;

    Rating(int grade, String label) {
        this.grade = grade;
        this.label = label;
    }

    /** 1 = Again … 4 = Easy. */
    public int grade() {
        return grade;
    }

    /** The word shown on the answer button: {@code Again}, {@code Hard}, {@code Good}, {@code Easy}. */
    public String label() {
        return label;
    }

    public static Rating ofGrade(int grade) {
        if (grade < 1 || grade > 4) {
            throw new IllegalArgumentException(
                    "rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), got " + grade);
        }
        return BY_GRADE[grade];
    }
}
