using System.Text.RegularExpressions;
using AifStudy.Core.Flashcards;

namespace AifStudy.Core.Quality;

/// <summary>Checks on the answer: two that are right, a blank any sibling fills, a back that does not answer the front.</summary>
internal static partial class AnswerChecks
{
    private const double NearSynonymDice = 0.6;
    private const int MaxLectureBack = 300;
    private const int MinBackChinese = 5;
    private const int MinBackWords = 4;

    public static readonly IReadOnlyList<ItemCheck> All =
    [
        new("two-right-answers", "two options that say nearly the same thing", TwoRight),
        new("ambiguous-blank", "a blank set beside 和/或/and/or, which a sibling fills as well", AmbiguousBlank),
        new("cloze-fragment", "a blank in a fragment, not a sentence: a table cell, an arrow line, a memory aid, a list entry", ClozeFragment),
        new("lecture-back", "a back that is a whole paragraph to recall word for word", LectureBack),
        new("thin-back", "a back too short to say what the term is (\"闭源 / 开源\", \"Gender (Male/Female)\")", ThinBack),
        new("name-as-definition", "a name or a list of names given as what a term means (\"百度 指的是 星火\", \"OpenAI：GPT-3/4\")", NameAsDefinition),
        new("trivial-back", "a back that only restates the front's term", TrivialBack),
    ];

    public static bool TwoRight(StudyItem item)
    {
        for (var i = 0; i < item.Options.Count; i++)
        {
            for (var j = i + 1; j < item.Options.Count; j++)
            {
                var a = CardText.Normalize(item.Options[i]);
                var b = CardText.Normalize(item.Options[j]);
                if (a.Length > 0 && b.Length > 0 && (a == b || CardSimilarity.Dice(a, b) >= NearSynonymDice))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public static bool AmbiguousBlank(StudyItem item) => item.Kind == "Cloze" && CoordinatedBlank().IsMatch(item.Prompt);

    public static bool ClozeFragment(StudyItem item)
    {
        if (item.Kind != "Cloze")
        {
            return false;
        }

        var text = QualityText.WithoutFrames(item.Prompt).Replace("Fill in the blank:", "", StringComparison.Ordinal).Trim().TrimStart('：', ':').Trim();
        return text.Length == 0
            || !(text.EndsWith('。') || text.EndsWith('.') || text.EndsWith('！') || text.EndsWith('？') || text.EndsWith('!') || text.EndsWith('?'))
            || FragmentMarks().IsMatch(text)
            || char.IsLower(text[0]);
    }

    public static bool LectureBack(StudyItem item) =>
        !item.IsQuestion && !item.AnswerIsTerm && item.Answer.Length > MaxLectureBack && !item.Answer.Contains('\n');

    public static bool ThinBack(StudyItem item) =>
        !item.IsQuestion && !item.AnswerIsTerm && item.Kind is "TermDefinition" or "QuestionAnswer"
        && CardText.CjkCount(item.Answer) < MinBackChinese && CardText.WordCount(item.Answer) < MinBackWords;

    public static bool NameAsDefinition(StudyItem item) =>
        !item.AnswerIsTerm && item.Term is not null
        && (item.Kind is "TermDefinition" or "TrueFalse" || (item.Kind == "MultipleChoice" && item.Subject?.StartsWith("term:", StringComparison.Ordinal) == true))
        && QualityText.IsNameLike(item.Answer) && CardText.CjkCount(item.Answer) <= 6 && CardText.WordCount(item.Answer) <= 3;

    public static bool TrivialBack(StudyItem item)
    {
        if (item.IsQuestion || item.AnswerIsTerm || item.Term is null || item.Kind != "TermDefinition")
        {
            return false;
        }

        var back = QualityText.Tokens(item.Answer);
        var term = QualityText.Tokens(QualityText.Core(item.Term));
        return back.Count > 0 && back.Count <= 6 && back.Count(term.Contains) * 2 >= back.Count;
    }

    [GeneratedRegex(@"→|=>|->|;|；|Memory aid|Exam Focus|Exam tip|^\s*(［……］|\\?\[\.\.\.\\?\])\s*[-–—:：]|\s[-–—]\s", RegexOptions.IgnoreCase)]
    private static partial Regex FragmentMarks();

    // "精度（Accuracy）和［……］", "［……］和…", "A, B and ____".
    [GeneratedRegex(@"(和|与|與|或|及|、|\band|\bor|,)\s*(［……］|_{3,}|\\?\[\.\.\.\\?\])|(［……］|_{3,}|\\?\[\.\.\.\\?\])\s*(和|与|與|或|及|、|and\b|or\b|,)")]
    private static partial Regex CoordinatedBlank();
}
