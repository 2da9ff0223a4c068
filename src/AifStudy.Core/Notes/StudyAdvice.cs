using System.Text.RegularExpressions;

namespace AifStudy.Core.Notes;

/// <summary>
/// Advice to the reader that authors write after a definition ("Vertex AI Endpoints: How you make your models available
/// for others to use. Understand how to deploy models for online prediction…", "…。务必掌握三种部署方式。"): it tells the
/// learner what to study, it is not part of what the term is, so a definition ends before it.
/// </summary>
public static partial class StudyAdvice
{
    /// <summary>True when <paramref name="sentence"/> opens as advice to the reader ("Understand…", "Make sure you…", "务必…").</summary>
    public static bool IsAdvice(string sentence) => Lead().IsMatch((sentence ?? "").TrimStart());

    /// <summary>
    /// <paramref name="definition"/> without the advice sentences from the first one after its opening sentence on
    /// ("A managed endpoint. Understand the options." → "A managed endpoint."). A definition that opens as advice is
    /// returned whole, for the checks to drop.
    /// </summary>
    public static string TrimTrailing(string definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        foreach (Match boundary in SentenceEnd().Matches(definition))
        {
            var next = boundary.Index + boundary.Length;
            if (next < definition.Length && IsAdvice(definition[next..]))
            {
                return definition[..next].TrimEnd();
            }
        }

        return definition;
    }

    // A sentence ends at "." (then a space and a capital), "。", "!" or "！".
    [GeneratedRegex(@"(?<=[a-z0-9)\]])\.\s+(?=[A-Z])|[。！!]\s*")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^(understand|understanding (the|how|what|why|when|which)|know how|know the|know when|know what|know which|learn (how|about|the|to)|explore (the|different|custom|how|other|more|each)|go beyond|be (familiar|aware|sure|able|ready|comfortable)|get familiar|familiari[sz]e|focus on|make sure|remember|note that|keep in mind|don't forget|do not forget|pay attention|you (should|need to|must|will need)|expect (questions|to see)|for the exam|exam tip|tip:)\b|^(务必|務必|一定要|需要掌握|需掌握|要掌握|要理解|要熟悉|请记住|請記住|记住|記住|考试|考試|建议|建議|熟悉一下|了解一下|多练习|多練習)", RegexOptions.IgnoreCase)]
    private static partial Regex Lead();
}
