using AifStudy.Core.Flashcards;
using AifStudy.Core.Markdown;
using AifStudy.Core.Notes;
using Markdig.Syntax;

namespace AifStudy.Core.Quizzes.Prose;

/// <summary>The sentences of each prose paragraph of a section's own body (lists, tables and code are not prose).</summary>
internal static class ProseParagraphs
{
    private static readonly string[] Connectives = ["例如，", "另外，", "此外，", "同样，", "首先，", "其次，", "请记住，", "因此，", "所以，"];

    public static IEnumerable<IReadOnlyList<string>> Of(NoteSection section)
    {
        var document = Markdig.Markdown.Parse(section.Markdown, MarkdownPipelines.Default);
        return document.OfType<ParagraphBlock>()
            .Select(p => Sentences.Of(InlineText.Of(p.Inline)))
            .Where(s => s.Count > 0);
    }

    /// <summary>The sentence without a leading connective ("例如，", "此外，"), which says nothing on its own.</summary>
    public static string WithoutConnective(string sentence)
    {
        foreach (var c in Connectives.Where(c => sentence.StartsWith(c, StringComparison.Ordinal)))
        {
            return sentence[c.Length..].TrimStart();
        }

        return sentence;
    }
}
