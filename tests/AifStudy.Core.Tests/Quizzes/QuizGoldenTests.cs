using AifStudy.Tests.Shared;
using System.Globalization;
using System.Text;
using AifStudy.Core.Quizzes;
using AifStudy.Core.Tests.Flashcards;

namespace AifStudy.Core.Tests.Quizzes;

/// <summary>Every question of each real note for seed 1, compared with a reviewed golden file (read it as a learner would).</summary>
public sealed class QuizGoldenTests
{
    [Theory]
    [MemberData(nameof(RealNotes.Files), MemberType = typeof(RealNotes))]
    public void Questions_of_a_real_note_match_the_reviewed_golden_file(string fileName)
    {
        var questions = Quizzes.OfRealNote(fileName, seed: 1);

        var golden = Path.Combine(TestPaths.RepositoryRoot, "tests", "AifStudy.Core.Tests", "Quizzes", "Golden", Path.GetFileNameWithoutExtension(fileName) + ".quiz.md");
        Golden.AssertMatchesFile(Format(questions), golden);
    }

    internal static string Format(IReadOnlyList<QuizQuestion> questions)
    {
        var sb = new StringBuilder();
        var counts = questions.GroupBy(q => q.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}");
        sb.Append(CultureInfo.InvariantCulture, $"<!-- {questions.Count} questions: {string.Join(", ", counts)} -->\n");
        for (var i = 0; i < questions.Count; i++)
        {
            var q = questions[i];
            sb.Append(CultureInfo.InvariantCulture, $"\n## {i + 1}. {q.Kind} · #{q.SectionAnchor} · {q.Key}\n\n{q.Prompt}\n\n");
            for (var j = 0; j < q.Items.Count; j++)
            {
                sb.Append(CultureInfo.InvariantCulture, $"- {(char)('A' + j)}. {q.Items[j]}\n");
            }

            if (q.Items.Count > 0)
            {
                sb.Append('\n');
            }

            for (var j = 0; j < q.Options.Count; j++)
            {
                sb.Append(CultureInfo.InvariantCulture, $"{j + 1}. {q.Options[j]}\n");
            }

            var answer = q.Kind switch
            {
                QuestionKind.Cloze => string.Join(" | ", q.AcceptedAnswers),
                QuestionKind.Matching => string.Join(", ", q.CorrectIndexes.Select((c, j) => $"{(char)('A' + j)}→{c + 1}")),
                _ => string.Join(q.Kind == QuestionKind.Ordering ? " → " : ", ", q.CorrectIndexes.Select(c => c + 1)),
            };
            sb.Append(CultureInfo.InvariantCulture, $"\n**Answer:** {answer}\n\n> {q.Explanation.ReplaceLineEndings("\n> ")}\n");
        }

        return sb.ToString();
    }
}
