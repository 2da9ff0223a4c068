using AifStudy.Core.Quizzes;
using AifStudy.Web.Services.Exam;
using AifStudy.Web.Services.Flashcards;

namespace AifStudy.Web.Services.Quizzes;

/// <summary>The pool as a learner's placements (<see cref="PlacementMap"/>) see it: task statement scopes, and questions moved by corrections.</summary>
public sealed partial class QuestionPool
{
    /// <summary>
    /// A practice scope for each exam task statement with at least one question, in exam order, counted as the learner's
    /// <paramref name="placements"/> place the questions' sections (null: as generated).
    /// </summary>
    public async Task<IReadOnlyList<QuizScopeOption>> GetTaskScopesAsync(PlacementMap? placements, CancellationToken cancellationToken = default)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (await _draw.PoolAsync(StudyScope.All, QuizSetup.AllKinds, new HashSet<ulong>(), placements, cancellationToken) is { } indexed)
        {
            foreach (var entry in indexed.Pool.Where(e => e.Task is not null))
            {
                counts[entry.Task!] = counts.GetValueOrDefault(entry.Task!) + 1;
            }
        }
        else
        {
            foreach (var q in Placed(await GenerateAsync(StudyScope.All, NoteQuestionIndex.Seed, cancellationToken), placements).Where(q => q.TaskStatement is not null))
            {
                counts[q.TaskStatement!] = counts.GetValueOrDefault(q.TaskStatement!) + 1;
            }
        }

        return [.. Core.Exam.ExamGuide.TaskStatements.Where(t => counts.ContainsKey(t.Id)).Select(t => new QuizScopeOption(t.Label, StudyScope.ForTask(t.Id), 1, counts[t.Id]))];
    }

    // The questions with the domain and task statement the learner's corrections give their sections.
    private static IReadOnlyList<QuizQuestion> Placed(IReadOnlyList<QuizQuestion> questions, PlacementMap? placements) =>
        placements is not { Corrected.Count: > 0 } ? questions : [.. questions.Select(q =>
            placements.Apply(q.NoteSlug, q.SectionAnchor, q.Domain, q.TaskStatement) is var (domain, task) && (domain != q.Domain || task != q.TaskStatement)
                ? q with { Domain = domain, TaskStatement = task }
                : q)];
}
