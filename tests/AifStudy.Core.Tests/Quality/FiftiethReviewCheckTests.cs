using AifStudy.Core.Quality;
using AifStudy.Core.Quizzes;
using static AifStudy.Core.Tests.Quality.Items;
using QuizNotes = AifStudy.Core.Tests.Quizzes.Quizzes;

namespace AifStudy.Core.Tests.Quality;

/// <summary>Checks from blind run 63: two descriptions alike enough to fit either term, and sections that look ahead or sell.</summary>
public sealed class FiftiethReviewCheckTests
{
    private const string Settings = """
        # Prompt Engineering

        ## LLM Settings

        - temperature: controls the randomness of the output. lower is more deterministic, higher is more random.
        - top_p: controls the diversity of the output. lower is more deterministic, higher is more random.
        - max length: controls the maximum length of the output, prevents long or irrelevant outputs and controls cost.
        - stop sequence: a string that stops the model from generating further tokens.
        - frequency_penalty: controls the likelihood of repeating tokens. applies a penalty to the next token proportional to how often it has appeared in the text so far.
        - presence_penalty: controls the likelihood of repeating tokens. applies a penalty to the next token like a frequency penalty, however the penalty is the same for all tokens.
        """;

    [Theory]
    [InlineData("top_p", "temperature")]
    [InlineData("temperature", "top_p")]
    [InlineData("presence_penalty", "frequency_penalty")]
    public void A_term_whose_description_fits_the_answer_as_well_is_no_wrong_option(string answer, string alike)
    {
        var asked = 0;
        for (var seed = 1; seed <= 20; seed++)
        {
            foreach (var q in QuizNotes.Of(Settings, seed).Where(q => q.Kind == QuestionKind.MultipleChoice && QuizNotes.Answer(q) == answer))
            {
                asked++;
                Assert.DoesNotContain(alike, QuizNotes.Wrong(q));
            }
        }

        Assert.True(asked > 0, $"no question asked which term a description of {answer} describes");
    }

    [Fact]
    public void A_description_unlike_the_others_keeps_its_siblings_as_wrong_options()
    {
        var q = Enumerable.Range(1, 20).SelectMany(seed => QuizNotes.Of(Settings, seed))
            .First(q => q.Kind == QuestionKind.MultipleChoice && QuizNotes.Answer(q) == "stop sequence");
        Assert.NotEmpty(QuizNotes.Wrong(q));
    }

    [Theory]
    [InlineData("Future Directions", true)]
    [InlineData("Points of Distinction", true)]
    [InlineData("Why AWS for generative AI", true)]
    [InlineData("未来方向", true)]
    [InlineData("Key concepts", false)]
    public void A_section_that_looks_ahead_or_sells_is_not_a_definition(string title, bool dropped) =>
        Assert.Equal(dropped, Fires("attribute-as-term", Card("TermDefinition", "What is Multimodality?", "Models that read and write text, images and audio together.", "Multimodality",
            section: Section("- **Multimodality**: Models that read and write text, images and audio together.", "Generative AI", title), script: ItemScript.English)));
}
