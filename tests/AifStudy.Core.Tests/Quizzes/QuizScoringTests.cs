using AifStudy.Core.Quizzes;

namespace AifStudy.Core.Tests.Quizzes;

public sealed class QuizScoringTests
{
    private static QuizQuestion Question(QuestionKind kind, params int[] correct) => new()
    {
        Key = "k",
        Kind = kind,
        NoteSlug = "n",
        SectionAnchor = "a",
        Prompt = "p",
        Options = ["a", "b", "c", "d", "e"],
        CorrectIndexes = correct,
        Explanation = "e",
    };

    [Fact]
    public void Multiple_choice_needs_the_one_right_option()
    {
        var q = Question(QuestionKind.MultipleChoice, 2);
        Assert.True(QuizScoring.IsCorrect(q, [2]));
        Assert.False(QuizScoring.IsCorrect(q, [1]));
        Assert.False(QuizScoring.IsCorrect(q, [2, 1]));
    }

    [Fact]
    public void Multiple_response_needs_all_and_only_the_right_options_in_any_order()
    {
        var q = Question(QuestionKind.MultipleResponse, 1, 3);
        Assert.True(QuizScoring.IsCorrect(q, [3, 1]));
        Assert.False(QuizScoring.IsCorrect(q, [1]));
        Assert.False(QuizScoring.IsCorrect(q, [1, 3, 4]));
        Assert.False(QuizScoring.IsCorrect(q, [1, 1]));
    }

    [Fact]
    public void Ordering_gets_no_credit_for_a_partly_right_sequence()
    {
        var q = Question(QuestionKind.Ordering, 2, 0, 1);
        Assert.True(QuizScoring.IsCorrect(q, [2, 0, 1]));
        Assert.False(QuizScoring.IsCorrect(q, [2, 1, 0]));
    }

    [Fact]
    public void Matching_needs_every_pair_right()
    {
        var q = Question(QuestionKind.Matching, 1, 2, 0) with { Items = ["x", "y", "z"] };
        Assert.True(QuizScoring.IsCorrect(q, [1, 2, 0]));
        Assert.False(QuizScoring.IsCorrect(q, [1, 0, 2]));
    }

    [Fact]
    public void Cloze_is_marked_by_the_typed_answer()
    {
        var q = Question(QuestionKind.Cloze) with { Options = [], AcceptedAnswers = ["Transformer"] };
        Assert.True(QuizScoring.IsCorrect(q, " transformer "));
        Assert.False(QuizScoring.IsCorrect(q, "RNN"));
        Assert.False(QuizScoring.IsCorrect(q, Array.Empty<int>()));
    }

    [Theory]
    [InlineData(0, 65, 100)]
    [InlineData(65, 65, 1000)]
    [InlineData(2, 3, 700)]
    [InlineData(1, 2, 550)]
    [InlineData(43, 65, 695)]
    [InlineData(44, 65, 709)]
    public void Scaled_score_is_linear_from_100_to_1000(int correct, int total, int expected) =>
        Assert.Equal(expected, QuizScoring.ScaledScore(correct, total));

    [Fact]
    public void Two_thirds_right_is_exactly_the_pass_mark()
    {
        Assert.True(QuizScoring.Passes(QuizScoring.ScaledScore(20, 30)));
        Assert.False(QuizScoring.Passes(QuizScoring.ScaledScore(19, 30)));
    }

    [Fact]
    public void Scaled_score_rejects_impossible_results()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => QuizScoring.ScaledScore(1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => QuizScoring.ScaledScore(4, 3));
    }

    [Fact]
    public void Allocation_over_all_domains_follows_the_official_weights()
    {
        var counts = QuizScoring.DomainAllocation(50, [1, 2, 3, 4, 5]);
        Assert.Equal(new Dictionary<int, int> { [1] = 10, [2] = 12, [3] = 14, [4] = 7, [5] = 7 }, counts);
    }

    [Fact]
    public void Allocation_renormalises_over_the_domains_that_have_notes()
    {
        // 24:28 of 10 is 4.615 and 5.385.
        var counts = QuizScoring.DomainAllocation(10, [3, 2]);
        Assert.Equal(new Dictionary<int, int> { [2] = 5, [3] = 5 }, counts);
        Assert.Equal(new Dictionary<int, int> { [2] = 6, [3] = 7 }, QuizScoring.DomainAllocation(13, [2, 3]));
    }

    [Fact]
    public void Allocation_uses_largest_remainders_so_counts_sum_exactly()
    {
        // Quotas 1.2, 1.44, 1.68, 0.84, 0.84 → floors 1,1,1,0,0; the three left go to D4, D5 (.84) and D3 (.68).
        var counts = QuizScoring.DomainAllocation(6, [1, 2, 3, 4, 5]);
        Assert.Equal(new Dictionary<int, int> { [1] = 1, [2] = 1, [3] = 2, [4] = 1, [5] = 1 }, counts);
        for (var n = 0; n <= 100; n++)
        {
            Assert.Equal(n, QuizScoring.DomainAllocation(n, [1, 3, 5]).Values.Sum());
        }
    }

    [Fact]
    public void Allocation_ignores_unknown_domains_and_handles_none()
    {
        Assert.Equal(new Dictionary<int, int> { [2] = 7 }, QuizScoring.DomainAllocation(7, [2, 0, 9]));
        Assert.Empty(QuizScoring.DomainAllocation(7, []));
    }
}
