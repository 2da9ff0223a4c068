using System.Globalization;
using AifStudy.Core.Notes;

namespace AifStudy.Web.Services.Flashcards;

/// <summary>
/// Reads a <see cref="StudyScope"/> from the text of <c>?domain=</c>, <c>?note=</c> and <c>?section=</c>, as pages, the
/// Anki export and the review API receive them. Bound as a number, <c>domain=abc</c> threw on a page (a 500) and was a
/// bare 400 on an endpoint, and <c>domain=9</c> passed as an empty scope; read as text, each gets a message saying what
/// was wrong and what is accepted. An empty value counts as absent, as it did when bound as a number.
/// </summary>
public static class StudyScopeQuery
{
    public static ScopeQueryResult Parse(string? domain, string? note, string? section = null, string? task = null)
    {
        task = string.IsNullOrEmpty(task) ? null : task;
        if (task is not null && Core.Exam.ExamGuide.Find(task) is null)
        {
            return ScopeQueryResult.Invalid($"'task' must be an AIF-C01 task statement from 1.1 to 5.2, not '{task}'.");
        }

        int? number = null;
        if (!string.IsNullOrEmpty(domain))
        {
            if (!int.TryParse(domain, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || AifDomains.Find(parsed) is null)
            {
                return ScopeQueryResult.Invalid($"'domain' must be a whole number from 1 to {AifDomains.All.Count}, not '{domain}'.");
            }

            number = parsed;
        }

        note = string.IsNullOrEmpty(note) ? null : note;
        section = string.IsNullOrEmpty(section) ? null : section;
        if (section is not null && note is null)
        {
            return ScopeQueryResult.Invalid("'section' needs 'note': a section anchor is only unique within its note.");
        }

        return new ScopeQueryResult(new StudyScope(number, note, section, task));
    }
}
