package org.backspasm.handbook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.backspasm.handbook.problem.ProblemList;
import org.backspasm.handbook.model.Problem;
import org.backspasm.handbook.model.Review;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Review dates at their limits: 90 days' warning, overdue the day after, at most three years apart. */
class ReviewRuleTest {

    private static final LocalDate LAST = LocalDate.of(2026, 1, 15);

    private static Review review(LocalDate next) {
        return new Review(LAST, LAST, next, "yyyy-MM-dd", "en", "content/handbook.yml", 7);
    }

    @ParameterizedTest(name = "{0} days before the review: {1}")
    @CsvSource({"91, none", "90, warning", "1, warning", "0, warning", "-1, problem", "-400, problem"})
    void theReviewDateWarnsThenFails(int daysBefore, String outcome) {
        LocalDate next = LocalDate.of(2027, 6, 1);
        ProblemList problems = new ProblemList();
        ContentChecker.checkReview(review(next), next.minusDays(daysBefore), problems);
        assertEquals(outcome.equals("problem") ? 1 : 0, problems.toList().size(), problems.toList().toString());
        assertEquals(outcome.equals("warning") ? 1 : 0, problems.warnings().size(), problems.warnings().toString());
        if (outcome.equals("warning")) {
            assertEquals(new Problem("content/handbook.yml", 7, "the next review is due on 2027-06-01, in " + daysBefore
                    + " days; plan the clinical review now"), problems.warnings().get(0));
        }
        if (outcome.equals("problem")) {
            assertEquals(new Problem("content/handbook.yml", 7, "the next review was due on 2027-06-01; have a "
                    + "clinician review the content, then update both review dates"), problems.toList().get(0));
        }
    }

    @Test
    void reviewsAtMostThreeYearsApart() {
        ProblemList exactly = new ProblemList();
        ContentChecker.checkReview(review(LAST.plusYears(3)), LAST, exactly);
        assertEquals(List.of(), exactly.toList());
        ProblemList over = new ProblemList();
        ContentChecker.checkReview(review(LAST.plusYears(3).plusDays(1)), LAST, over);
        assertEquals(List.of(new Problem("content/handbook.yml", 7, "the next review (2029-01-16) is more than 3 "
                + "years after the last (2026-01-15); health information is reviewed at least every 3 years")),
                over.toList());
    }

    @Test
    void longTextIsShortenedToSixtyCharacters() {
        String sixty = "x".repeat(60);
        assertEquals(sixty, ContentChecker.shorten(sixty));
        assertEquals("x".repeat(57) + "…", ContentChecker.shorten(sixty + "y"));
        assertEquals("ab…", ContentChecker.shorten("ab" + " ".repeat(55) + "cdefgh"));
    }
}
