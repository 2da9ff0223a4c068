using AifStudy.Core.Flashcards;

namespace AifStudy.Core.Quizzes;

/// <summary>
/// Questions from <c>term：definition</c> pairs: term → definition and definition → term multiple choice, true/false
/// (false ones pair the term with a sibling's definition) and matching within one section.
/// </summary>
internal static class DefinitionQuestions
{
    private const int Options = 4;

    // Multiple-choice options come from the term's own list (QuizDefinition.TierOf 0): four where the list has them,
    // three from a list of three.
    private const int SameList = 0;
    private const int MinOptions = 3;

    public static IEnumerable<QuizQuestion> Build(QuizContext context)
    {
        // Terms the note describes in the same words ("支持向量机" and "决策树", both "用于分类和回归的算法。") are each other's
        // right answer: neither is asked, nor offered as the other's distractor (run 14's two broken items).
        var all = QuizDefinition.Of(context);
        var twins = Quality.QualityText.DescribedAlike(all, d => d.Definition, d => d.Term);
        var definitions = all.Where(d => !twins.Contains(d)).ToList();

        // One language per section: English only where every definition in it is written in English, so a bilingual
        // note's "Input data(輸入資料)" is asked like its neighbour "Instructions(說明)".
        var english = definitions.GroupBy(d => d.Section)
            .ToDictionary(g => g.Key, g => g.All(d => CardText.CjkCount(d.Definition) == 0 && CardText.WordCount(d.Definition) >= 2));
        // Two short glosses that share their words ("使用自己的数据自定义模型输出" for 微调, "将知识和数据整合到模型中" for RAG)
        // each fit the other's term: neither is offered against the other. Only short ones are compared.
        var glosses = definitions.Where(d => Quality.QualityText.IsShortForAlike(d.Definition)).ToList();
        var alike = new HashSet<(QuizDefinition, QuizDefinition)>();
        foreach (var d in glosses)
        {
            foreach (var o in glosses.Where(o => o != d && Quality.QualityText.GlossedAlike(o.Definition, d.Definition)))
            {
                alike.Add((d, o));
            }
        }

        foreach (var d in definitions)
        {
            var others = definitions.Where(o => o != d && !alike.Contains((d, o))).ToList();
            if (TermToDefinition(context, d, others, english[d.Section]) is { } a)
            {
                yield return a;
            }

            if (DefinitionToTerm(context, d, others, english[d.Section]) is { } b)
            {
                yield return b;
            }

            if (TrueFalse(context, d, others, english[d.Section]) is { } c)
            {
                yield return c;
            }
        }

        foreach (var group in definitions.GroupBy(d => d.Section))
        {
            if (Matching(context, group.ToList(), english[group.Key]) is { } m)
            {
                yield return m;
            }
        }
    }

    private static QuizQuestion? TermToDefinition(QuizContext context, QuizDefinition d, List<QuizDefinition> others, bool english)
    {
        // Wrong options from the same list only, and of the same category (AWS services against AWS services): a
        // neighbouring list's use case among layers, or the one AWS offering among concepts, is picked without knowing.
        var candidates = others.Where(o => QuizText.IsAwsName(o.Term) == QuizText.IsAwsName(d.Term) && SameLanguage(o, d) && !QuizText.Nests(o.Term, d.Term)).Select(o => (o.Definition, d.TierOf(o))).ToList();
        // A sibling that also says the word the right description shares with the term ("models" beside "Model Cards")
        // goes first: it leaves that word no longer pointing at the answer.
        bool Neutral(string c) => !Quality.GiveawayChecks.EchoedPart(d.Term, d.Definition, [c]);
        var wrong = Distractors.Pick([d.Definition], candidates, Options - 1, context.Random, [d.Term, TermCards.CoreTerm(d.Term)], SameList, Neutral)
            ?? Distractors.Pick([d.Definition], candidates, MinOptions - 1, context.Random, [d.Term, TermCards.CoreTerm(d.Term)], SameList, Neutral);
        if (wrong is null)
        {
            return null;
        }

        var prompt = english
            ? $"Which of the following describes \"{d.Display}\"?"
            : $"下列哪一项是对「{d.Display}」的描述？";
        return context.Question(QuestionKind.MultipleChoice, d.Section, "term:" + d.Term, prompt, [d.Definition, .. wrong], [0], d.Explanation, itemContext: d.Context);
    }

    private static QuizQuestion? DefinitionToTerm(QuizContext context, QuizDefinition d, List<QuizDefinition> others, bool english)
    {
        // The description has to say enough on its own and must not contain the answer.
        if (!CardText.HasContext(d.Definition)
            || CardText.ContainsNormalized(d.Definition, d.Term)
            || CardText.ContainsNormalized(d.Definition, TermCards.CoreTerm(d.Term)))
        {
            return null;
        }

        var candidates = others.Where(o => !CardText.ContainsNormalized(d.Definition, o.Term) && QuizText.IsAwsName(o.Term) == QuizText.IsAwsName(d.Term))
            .Where(o => SameLanguage(o, d) && !DescribedAlike(o, d) && !QuizText.Nests(o.Term, d.Term)).Select(o => (o.Term, d.TierOf(o))).ToList();
        var wrong = Distractors.Pick([d.Term], candidates, Options - 1, context.Random, maxTier: SameList)
            ?? Distractors.Pick([d.Term], candidates, MinOptions - 1, context.Random, maxTier: SameList);
        if (wrong is null)
        {
            return null;
        }

        // The list's subject goes in the prompt: "便于团队成员了解和使用模型" alone could describe a feature of anything.
        var place = d.Context ?? Quality.SubjectContext.Nearest(d.Section, d.Term);
        var prompt = (english, place) switch
        {
            (true, null) => $"Which term does this describe: \"{d.Definition}\"?",
            (true, _) => $"Which term ({place}) does this describe: \"{d.Definition}\"?",
            (false, null) => $"以下描述对应哪个术语？「{d.Definition}」",
            _ => $"以下描述对应「{place}」中的哪个术语？「{d.Definition}」",
        };
        return context.Question(QuestionKind.MultipleChoice, d.Section, "definition:" + d.Term, prompt, [d.Term, .. wrong], [0], d.Explanation, itemContext: place);
    }

    private static QuizQuestion? TrueFalse(QuizContext context, QuizDefinition d, List<QuizDefinition> others, bool english)
    {
        var swap = Distractors.Pick(
            [d.Definition], others.Where(o => o.Section == d.Section && SameLanguage(o, d) && !QuizText.Nests(o.Term, d.Term)).Select(o => (o.Definition, d.TierOf(o))), 1, context.Random, [d.Term, TermCards.CoreTerm(d.Term)]);
        if (swap is null)
        {
            return null;
        }

        var isTrue = context.Random.Next(2) == 0;
        var statement = isTrue ? d.Definition : swap[0];
        var prompt = english ? $"True or false: \"{d.Display}\" means: {statement}" : $"判断正误：「{d.Display}」指的是：{statement}";
        string[] options = english ? ["True", "False"] : ["正确", "错误"];
        return context.Question(QuestionKind.TrueFalse, d.Section, "truefalse:" + d.Term, prompt, options, [isTrue ? 0 : 1], d.Explanation, shuffle: false, itemContext: d.Context);
    }

    private static QuizQuestion? Matching(QuizContext context, List<QuizDefinition> group, bool english)
    {
        var pairs = new List<QuizDefinition>();
        foreach (var d in group)
        {
            if (!pairs.Any(p => QuizText.IsNearEqual(p.Term, d.Term) || QuizText.IsNearEqual(p.Definition, d.Definition)))
            {
                pairs.Add(d);
            }
        }

        return MatchingQuestion.Build(
            context, group[0].Section, "matching", _ => english, pairs, p => p.NameInList, p => p.Definition, p => p.Explanation);
    }

    // A note that writes its list twice, in English and then in Chinese, offers "Pre-training" beside "预训练": wrong
    // options come from definitions in the answer's own language (Chinese written or not), never its translation.
    private static bool SameLanguage(QuizDefinition a, QuizDefinition b) => (CardText.CjkCount(a.Definition) > 0) == (CardText.CjkCount(b.Definition) > 0);

    // "temperature: controls the randomness…, lower is more deterministic, higher is more random" beside top_p's "controls the
    // diversity…" with the same clause: the description asked about fits the other term as well.
    private static bool DescribedAlike(QuizDefinition a, QuizDefinition b) => CardSimilarity.Dice(a.Definition, b.Definition) >= AlikeDice;

    private const double AlikeDice = 0.6;
}
