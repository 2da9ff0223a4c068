namespace AifStudy.Core.Quizzes;

/// <summary>
/// Picks wrong options: never near-equal to a right answer or to each other, never mentioning what the question asks
/// about, nearest candidates (by tier, then length) first so that length does not give the answer away.
/// </summary>
internal static class Distractors
{
    // Random jitter added to the ranking so that different seeds pick among similarly good candidates.
    private const double Jitter = 0.35;

    // A closer tier beats a better length match: a sibling's description is the plausible wrong answer.
    private const double TierWeight = 1.5;

    // A candidate that shares the answer's echo of the question is worth a poorer length match: it takes the echo away.
    private const double PreferredBonus = 0.7;

    /// <summary>
    /// <paramref name="count"/> distractors from <paramref name="candidates"/> (text and tier, lower tier preferred, none
    /// above <paramref name="maxTier"/>, <paramref name="preferred"/> ones ahead), or null when there are not enough.
    /// </summary>
    public static IReadOnlyList<string>? Pick(
        IReadOnlyList<string> answers, IEnumerable<(string Text, int Tier)> candidates, int count, Random random,
        IReadOnlyCollection<string>? mustNotMention = null, int maxTier = int.MaxValue, Func<string, bool>? preferred = null)
    {
        var reference = answers[0];
        var ranked = candidates
            .Where(c => c.Tier <= maxTier)
            .Select(c => (c.Text, Rank: c.Tier * TierWeight + QuizText.LengthGap(c.Text, reference) + random.NextDouble() * Jitter - (preferred?.Invoke(c.Text) == true ? PreferredBonus : 0)))
            .ToList()
            .OrderBy(c => c.Rank)
            .ThenBy(c => c.Text, StringComparer.Ordinal);
        var picked = new List<string>(count);
        foreach (var (text, _) in ranked)
        {
            if (picked.Count == count)
            {
                break;
            }

            if (QuizText.IsNearAny(text, answers) || QuizText.IsNearAny(text, picked)
                || (mustNotMention is not null && mustNotMention.Any(m => Flashcards.CardText.ContainsNormalized(text, m))))
            {
                continue;
            }

            picked.Add(text);
        }

        return picked.Count == count ? picked : null;
    }
}
