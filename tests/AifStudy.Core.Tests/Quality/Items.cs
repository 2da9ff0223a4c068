using AifStudy.Core.Notes;
using AifStudy.Core.Quality;

namespace AifStudy.Core.Tests.Quality;

/// <summary>Items written in a test, each from a section with ordinary text unless told otherwise.</summary>
internal static class Items
{
    public static NoteSection Section(string markdown = "大语言模型是在海量文本上训练的基础模型，可以完成多种自然语言任务。", params string[] path) => new()
    {
        Index = 1,
        Level = 2,
        Title = path.Length > 0 ? path[^1] : "大语言模型",
        Path = path.Length > 0 ? path : ["大语言模型"],
        Anchor = "s",
        Line = 1,
        Markdown = markdown,
        PlainText = markdown,
    };

    /// <summary>The one section of <paramref name="markdown"/> that holds a list, as the parser reads it.</summary>
    public static NoteSection Parsed(string markdown) => new NoteParser().Parse(markdown, "n.md").Sections.Single(s => s.ListItems.Count > 0);

    public static StudyItem Card(string kind, string front, string back, string? term = null, bool answerIsTerm = false, string? context = "大语言模型", NoteSection? section = null, ItemScript script = ItemScript.Simplified) => new()
    {
        Kind = kind,
        Prompt = front,
        Answer = back,
        Term = term,
        AnswerIsTerm = answerIsTerm,
        Context = context,
        Section = section ?? Section(),
        Script = script,
    };

    public static StudyItem Choice(string prompt, string answer, string[] distractors, string? term = null, bool answerIsTerm = false, ItemScript script = ItemScript.Simplified) => new()
    {
        Kind = "MultipleChoice",
        IsQuestion = true,
        Prompt = prompt,
        Answer = answer,
        Options = [answer, .. distractors],
        Distractors = distractors,
        Term = term,
        AnswerIsTerm = answerIsTerm,
        Context = "大语言模型",
        Section = Section(),
        Script = script,
    };

    public static StudyItem TrueFalse(string prompt, string term, bool isTrue, ItemScript script = ItemScript.Simplified) => new()
    {
        Kind = "TrueFalse",
        IsQuestion = true,
        Prompt = prompt,
        Answer = "",
        Term = term,
        StatementIsTrue = isTrue,
        Context = "大语言模型",
        Section = Section(),
        Script = script,
    };

    public static bool Fires(string check, StudyItem item) => ItemChecks.All.Single(c => c.Name == check).Fires(item);
}
