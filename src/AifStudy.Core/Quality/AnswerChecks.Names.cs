using System.Text.RegularExpressions;
using AifStudy.Core.Flashcards;

namespace AifStudy.Core.Quality;

/// <summary>A back that only lists names (<c>name-as-definition</c>).</summary>
internal static partial class AnswerChecks
{
    /// <summary>
    /// True for a list of two or more proper names and nothing else ("Amazon S3, Amazon RDS, Amazon Redshift.", "JSON、XML
    /// 和 Avro"): examples of a term, not what it is.
    /// </summary>
    public static bool IsNameList(string text)
    {
        // A list has a comma or an enumeration mark: "Identity and Access Management" is one name.
        if (text.AsSpan().IndexOfAny([',', '，', '、', ';', '；']) < 0)
        {
            return false;
        }

        var parts = NameSeparator().Split(text.Trim().TrimEnd('.', '。', ' ')).Select(p => EtCetera().Replace(p, "").Trim()).Where(p => p.Length > 0).ToList();
        return parts.Count >= 2 && parts.All(p => CardText.CjkCount(p) == 0 && CardText.WordCount(p) is > 0 and <= 4 && ProperName().IsMatch(p));
    }

    [GeneratedRegex(@"\s*(?:[,，、;；]|\band\b|\bor\b|和|或|及)\s*")]
    private static partial Regex NameSeparator();

    [GeneratedRegex(@"\b(etc|and so on)\.?$|等$", RegexOptions.IgnoreCase)]
    private static partial Regex EtCetera();

    // "Amazon S3", "JSON", "AWS Glue DataBrew", "Llama 2": every word capitalised or a number.
    [GeneratedRegex(@"^(?:[A-Z][\w.+\-]*|\d[\w.]*)(?:\s+(?:[A-Z][\w.+\-]*|\d[\w.]*))*$")]
    private static partial Regex ProperName();
}
