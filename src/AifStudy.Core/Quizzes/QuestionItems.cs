using AifStudy.Core.Notes;
using AifStudy.Core.Quality;

namespace AifStudy.Core.Quizzes;

/// <summary>A generated question as the quality checks see it, its fixed wording put in the question's script first.</summary>
internal static class QuestionItems
{
    // Subjects whose right answer is the term or an entry (the options are names), not what is said of one.
    private static readonly string[] TermAnswers = ["definition:", "cloze:", "example:", "response:", "prose-"];

    /// <summary>The question with its wording in its script, and the item the checks judge.</summary>
    public static (QuizQuestion Question, StudyItem Item) Prepare(QuizQuestion question, NoteSection section, ParsedNote note)
    {
        var subject = question.Subject ?? "";
        var term = question.Kind == QuestionKind.Matching || !subject.Contains(':') || subject.StartsWith(PracticeQuestions.SubjectPrefix, StringComparison.Ordinal)
            ? null : subject.Split(':', 3)[1];
        if (question.Kind == QuestionKind.Cloze && subject.Contains('|'))
        {
            term = subject[(subject.LastIndexOf('|') + 1)..];
        }

        var answerIsTerm = TermAnswers.Any(p => subject.StartsWith(p, StringComparison.Ordinal));
        var right = question.Kind == QuestionKind.Cloze
            ? question.AcceptedAnswers.Take(1).ToList()
            : question.CorrectIndexes.Where(i => i < question.Options.Count).Select(i => question.Options[i]).ToList();
        var content = QualityText.WithoutFrames(question.Prompt) + " " + string.Join(" ", question.Options.Concat(question.AcceptedAnswers).Concat(question.Items));
        var script = ItemScripts.Of(content, section.PlainText, note.Metadata.Languages);
        var localized = question with
        {
            Prompt = Wording.Localize(question.Prompt, script),
            Options = question.Options.Select(o => Wording.Localize(o, script)).ToList(),
        };
        var isTrueFalse = question.Kind == QuestionKind.TrueFalse;
        var item = new StudyItem
        {
            Kind = question.Kind.ToString(),
            IsQuestion = true,
            Prompt = localized.Prompt,
            Answer = isTrueFalse ? Statement(localized.Prompt) : string.Join("；", right),
            Options = isTrueFalse || question.Kind is QuestionKind.Ordering or QuestionKind.Matching ? [] : localized.Options,
            Distractors = isTrueFalse || question.Kind != QuestionKind.MultipleChoice && question.Kind != QuestionKind.MultipleResponse
                ? [] : localized.Options.Where((_, i) => !question.CorrectIndexes.Contains(i)).ToList(),
            Term = term,
            Subject = subject,
            Context = question.Context,
            AnswerIsTerm = answerIsTerm,
            StatementIsTrue = isTrueFalse ? question.CorrectIndexes.Count > 0 && question.CorrectIndexes[0] == 0 : null,
            Explanation = question.Explanation,
            Section = section,
            Script = script,
            RepeatedLabels = FieldLabels.RepeatedIn(note),
            OutlineSections = Outlines.In(note),
        };
        return (localized, item);
    }

    // "判断正误：「X」指的是：statement" → statement; "True or false: "X" means: statement" → statement.
    private static string Statement(string prompt)
    {
        var means = prompt.IndexOf("means: ", StringComparison.Ordinal);
        if (means >= 0)
        {
            return prompt[(means + "means: ".Length)..];
        }

        var at = prompt.IndexOf("指的是：", StringComparison.Ordinal);
        return at >= 0 ? prompt[(at + "指的是：".Length)..] : prompt;
    }
}
