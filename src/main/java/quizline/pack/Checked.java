package quizline.pack;

/**
 * The verdict on a response, with what the feedback needs: {@code typed} is what the student
 * gave, {@code matched} the accepted form it was judged against when it was a near miss.
 */
public record Checked(Verdict verdict, String typed, String matched) {
    public static Checked of(Verdict verdict, String typed) {
        return new Checked(verdict, typed, null);
    }
}
