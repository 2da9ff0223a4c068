using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;

namespace AifStudy.Core.Quizzes.Prose;

/// <summary>
/// Questions from definitions written as prose (<see cref="ProseDefinition"/>): term → description and description →
/// term multiple choice, true/false with another term's definition swapped in, a cloze of the defining sentence, and
/// matching over the definitions of one section.
/// Wrong options are the other prose definitions of the note, nearest section first; a term is never contrasted with
/// one that contains it (微调 and 多任务微调), whose description could also be right.
/// </summary>
internal static class ProseDefinitionQuestions
{
    private const int Options = 4;

    // Multiple-choice options come from the definition's own section (Tier 0): a lecture's next section defines other
    // kinds of thing (a vector among models, a prompting technique among risks). Three options where it has two others.
    private const int SameSection = 0;
    private const int MinOptions = 3;
    private const string Blank = "［……］";

    public static IEnumerable<QuizQuestion> Build(QuizContext context)
    {
        var definitions = ProseDefinition.Of(context);
        var named = ClozeQuestions.NamedTerms(context.Note, definitions.Select(d => d.Term));
        foreach (var d in definitions)
        {
            var others = definitions.Where(o => o != d && !IsRelated(d, o, definitions)).ToList();
            var names = ClozeQuestions.Accepted(d.Term);
            if (TermToDefinition(context, d, others, names) is { } a)
            {
                yield return a;
            }

            if (DefinitionToTerm(context, d, others, names) is { } b)
            {
                yield return b;
            }

            if (TrueFalse(context, d, others, names) is { } c)
            {
                yield return c;
            }

            if (!ClozeQuestions.HasNearName(d.Term, named) && Cloze(context, d, names) is { } e)
            {
                yield return e;
            }
        }

        foreach (var group in definitions.GroupBy(d => d.Section))
        {
            if (Matching(context, group.ToList()) is { } m)
            {
                yield return m;
            }
        }
    }

    // The definitions of one lesson, each term matched with its description. Unlike an option list, a matching may hold
    // 微调 next to 参数高效微调 (PEFT): each still has one description. A description near another's is left out, and
    // more than seven are seven chosen by seed, in the note's order.
    private static QuizQuestion? Matching(QuizContext context, List<ProseDefinition> group)
    {
        var pairs = new List<ProseDefinition>();
        foreach (var d in group.Where(d => !pairs.Any(p => QuizText.IsNearEqual(p.Definition, d.Definition))))
        {
            pairs.Add(d);
        }

        return MatchingQuestion.Build(
            context, group[0].Section, "prose-matching", asked => asked.All(p => QuizText.IsEnglish(p.Definition)), pairs,
            p => p.Term, p => p.Definition, p => p.Sentence);
    }

    // The term with the section that places it: "多对一（循环神经网络）".
    private static string Named(ProseDefinition d) =>
        Quality.SubjectContext.IfAmbiguous(d.Section, d.Term) is { } c ? (CardText.CjkCount(d.Term + c) == 0 ? $"{d.Term} ({c})" : $"{d.Term}（{c}）") : d.Term;

    private static QuizQuestion? TermToDefinition(QuizContext context, ProseDefinition d, List<ProseDefinition> others, IReadOnlyList<string> names)
    {
        var candidates = others.Where(o => QuizText.IsAwsName(o.Term) == QuizText.IsAwsName(d.Term)).Select(o => (o.Definition, Tier(d, o))).ToList();
        var wrong = Distractors.Pick([d.Definition], candidates, Options - 1, context.Random, names, SameSection)
            ?? Distractors.Pick([d.Definition], candidates, MinOptions - 1, context.Random, names, SameSection);
        if (wrong is null)
        {
            return null;
        }

        var prompt = QuizText.IsEnglish(d.Definition)
            ? $"Which of the following describes \"{Named(d)}\"?"
            : $"下列哪一项是对「{Named(d)}」的描述？";
        return context.Question(QuestionKind.MultipleChoice, d.Section, "term:" + d.Term, prompt, [d.Definition, .. wrong], [0], d.Sentence, itemContext: Quality.SubjectContext.IfAmbiguous(d.Section, d.Term));
    }

    private static QuizQuestion? DefinitionToTerm(QuizContext context, ProseDefinition d, List<ProseDefinition> others, IReadOnlyList<string> names)
    {
        // The description has to say enough on its own.
        if (!CardText.HasContext(d.Definition))
        {
            return null;
        }

        var candidates = others.Where(o => !ClozeQuestions.Accepted(o.Term).Any(n => CardText.ContainsNormalized(d.Definition, n))
            && QuizText.IsAwsName(o.Term) == QuizText.IsAwsName(d.Term));
        var ranked = candidates.Select(o => (o.Term, Tier(d, o))).ToList();
        var wrong = Distractors.Pick([d.Term, .. names], ranked, Options - 1, context.Random, maxTier: SameSection)
            ?? Distractors.Pick([d.Term, .. names], ranked, MinOptions - 1, context.Random, maxTier: SameSection);
        if (wrong is null)
        {
            return null;
        }

        var prompt = QuizText.IsEnglish(d.Definition)
            ? $"Which term does this describe: \"{d.Definition}\"?"
            : $"以下描述对应哪个术语？「{d.Definition}」";
        return context.Question(QuestionKind.MultipleChoice, d.Section, "definition:" + d.Term, prompt, [d.Term, .. wrong], [0], d.Sentence);
    }

    private static QuizQuestion? TrueFalse(QuizContext context, ProseDefinition d, List<ProseDefinition> others, IReadOnlyList<string> names)
    {
        var swap = Distractors.Pick([d.Definition], others.Select(o => (o.Definition, Tier(d, o))), 1, context.Random, names);
        if (swap is null)
        {
            return null;
        }

        var isTrue = context.Random.Next(2) == 0;
        var statement = isTrue ? d.Definition : swap[0];
        var english = QuizText.IsEnglish(d.Definition);
        var prompt = english ? $"True or false: \"{Named(d)}\" means: {statement}" : $"判断正误：「{Named(d)}」指的是：{statement}";
        string[] options = english ? ["True", "False"] : ["正确", "错误"];
        return context.Question(QuestionKind.TrueFalse, d.Section, "truefalse:" + d.Term, prompt, options, [isTrue ? 0 : 1], d.Sentence, shuffle: false, itemContext: Quality.SubjectContext.IfAmbiguous(d.Section, d.Term));
    }

    // The defining sentence with the term blanked: only where the sentence names it and it can be typed word for word.
    private static QuizQuestion? Cloze(QuizContext context, ProseDefinition d, IReadOnlyList<string> names)
    {
        var sentence = ProseParagraphs.WithoutConnective(d.Sentence[(d.Sentence.AsSpan().LastIndexOfAny(['？', '?']) + 1)..]);
        var at = sentence.IndexOf(d.Term, StringComparison.Ordinal);
        if (at < 0 || !ClozeQuestions.IsTypeable(d.Term) || d.Glosses.Count > 0)
        {
            return null;
        }

        var blanked = sentence[..at] + Blank + sentence[(at + d.Term.Length)..];
        if (names.Any(n => CardText.ContainsNormalized(blanked, n)))
        {
            // The term said again elsewhere in the sentence would answer it (as would its gloss: "［……］ 是工作流").
            return null;
        }

        var prompt = (QuizText.IsEnglish(sentence) ? "Fill in the blank: " : "填空：") + blanked;
        var question = context.Question(QuestionKind.Cloze, d.Section, "cloze:" + d.Term, prompt, [], [], d.Sentence);
        return question with { AcceptedAnswers = ClozeQuestions.WithGlosses(ClozeQuestions.WithHeadingName(names, d.Section.Title), d.Section) };
    }

    /// <summary>
    /// True when <paramref name="o"/>'s description could also be true of <paramref name="d"/>: one term contains the
    /// other (微调, 多任务微调), or one definition names the other term or a term containing it (LoRA is "一种流行的 PEFT
    /// 技术", PEFT is 参数高效微调).
    /// </summary>
    internal static bool IsRelated(ProseDefinition d, ProseDefinition o, IReadOnlyList<ProseDefinition> all)
    {
        if (QuizText.IsNearEqual(d.Term, o.Term))
        {
            return true;
        }

        var nearD = all.Where(x => QuizText.IsNearEqual(x.Term, d.Term)).SelectMany(x => ClozeQuestions.Accepted(x.Term));
        var nearO = all.Where(x => QuizText.IsNearEqual(x.Term, o.Term)).SelectMany(x => ClozeQuestions.Accepted(x.Term));
        return nearD.Any(n => CardText.ContainsNormalized(o.Definition, n)) || nearO.Any(n => CardText.ContainsNormalized(d.Definition, n));
    }

    /// <summary>Same section 0, a sibling or the parent section 1, the rest of the note 2.</summary>
    internal static int Tier(ProseDefinition d, ProseDefinition other) => Tier(d.Section, other.Section);

    internal static int Tier(NoteSection a, NoteSection b) =>
        a.Index == b.Index ? 0
        : a.ParentIndex == b.ParentIndex || a.ParentIndex == b.Index || b.ParentIndex == a.Index ? 1
        : 2;
}
