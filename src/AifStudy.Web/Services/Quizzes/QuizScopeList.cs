using AifStudy.Core.Notes;
using AifStudy.Web.Services.Flashcards;

namespace AifStudy.Web.Services.Quizzes;

/// <summary>The practice scopes (<see cref="QuestionPool.GetScopesAsync"/>) counted from the notes' question indexes.</summary>
internal static class QuizScopeList
{
    /// <summary>A note as the list shows it; <paramref name="Index"/> holds its slug, sections and questions.</summary>
    public sealed record Note(string Title, int? Domain, NoteQuestionIndex Index);

    /// <summary>All notes, each domain, each note, and each section with its subsections; only those with questions.</summary>
    public static IReadOnlyList<QuizScopeOption> Build(IReadOnlyList<Note> notes)
    {
        var options = new List<QuizScopeOption> { new("All notes", StudyScope.All, 0, notes.Sum(n => n.Index.Questions.Count)) };
        foreach (var domain in notes.GroupBy(n => n.Domain).OrderBy(g => g.Key ?? int.MaxValue))
        {
            var inDomain = domain.Sum(n => n.Index.Questions.Count);
            if (domain.Key is { } number && inDomain > 0)
            {
                options.Add(new(AifDomains.Find(number)?.Label ?? $"Domain {number}", StudyScope.ForDomain(number), 1, inDomain));
            }

            foreach (var note in domain.OrderBy(n => n.Title, StringComparer.Ordinal))
            {
                var index = note.Index;
                if (index.Questions.Count == 0)
                {
                    continue;
                }

                var slug = index.Version.Slug;
                options.Add(new(note.Title, StudyScope.ForNote(slug), 2, index.Questions.Count));
                var own = Enumerable.Range(0, index.Questions.Count).CountBy(index.AnchorOf).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
                var sections = index.Sections;
                var totals = new int[sections.Count];
                // Children come after their parent: walk backwards to add each section's total to its parent's.
                for (var i = sections.Count - 1; i >= 0; i--)
                {
                    totals[i] += own.GetValueOrDefault(sections[i].Anchor);
                    if (sections[i].ParentIndex is { } parent && parent < sections.Count)
                    {
                        totals[parent] += totals[i];
                    }
                }

                options.AddRange(sections.Select((s, i) => (Section: s, Total: totals[i]))
                    .Where(r => r.Total > 0 && r.Section.Level > 1)
                    .Select(r => new QuizScopeOption(r.Section.Title, StudyScope.ForSection(slug, r.Section.Anchor), 1 + r.Section.Level, r.Total)));
            }
        }

        return options.AsReadOnly();
    }
}
