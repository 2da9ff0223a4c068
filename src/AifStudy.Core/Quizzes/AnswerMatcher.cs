using System.Text;

namespace AifStudy.Core.Quizzes;

/// <summary>
/// Judges a typed cloze answer the way a teacher would: case, full-width/half-width forms (NFKC), Simplified or
/// Traditional characters (OpenCC's tables, as search uses), runs of whitespace and punctuation around the answer do not
/// matter, nor does a generic suffix the learner leaves off or adds ("Transformer" for "Transformer模型", "扩散" for
/// "擴散模型"); anything else does. See docs/quizzes.md.
/// </summary>
public static class AnswerMatcher
{
    /// <summary>True when <paramref name="typed"/> equals one of <paramref name="accepted"/> after <see cref="Normalize"/>.</summary>
    public static bool IsCorrect(string typed, IEnumerable<string> accepted)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(accepted);
        var answer = Normalize(typed);
        if (answer.Length == 0)
        {
            return false;
        }

        var core = Bare(answer);
        return accepted.Select(Normalize).Any(a => a == answer || (core.Length > 0 && Bare(a) == core));
    }

    /// <summary>
    /// The shorter forms of <paramref name="accepted"/> that <see cref="IsCorrect"/> also takes, as the note writes them:
    /// "Transformer模型" → "Transformer", "Amazon Bedrock" → "Bedrock". For showing a learner (or a reviewer) what counts.
    /// </summary>
    public static IReadOnlyList<string> ShortForms(string accepted)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        var forms = new List<string>();
        var text = accepted.Trim();
        // The vendors and leads Bare strips, as whole words (not "amazon" glued to what follows).
        foreach (var vendor in Vendors.Where(v => v.EndsWith(' ') || v.Any(Notes.ScriptCounts.IsCjk)))
        {
            if (text.Length > vendor.Length && text.StartsWith(vendor, StringComparison.OrdinalIgnoreCase))
            {
                text = text[vendor.Length..].Trim();
                forms.Add(text);
                break;
            }
        }

        var simplified = Search.ChineseScript.ToSimplified(text).ToLowerInvariant();
        foreach (var suffix in GenericSuffixes)
        {
            if (simplified.Length == text.Length && Strips(simplified, suffix))
            {
                forms.Add(text[..^suffix.Length].Trim());
                break;
            }
        }

        return forms.Where(f => f.Length > 0 && f != accepted).Distinct(StringComparer.Ordinal).ToList();
    }

    // Without the vendor ("Amazon SageMaker" is "SageMaker", "AWS Config" is "Config") and one generic suffix.
    private static string Bare(string normalized)
    {
        foreach (var vendor in Vendors)
        {
            if (normalized.Length > vendor.Length && normalized.StartsWith(vendor, StringComparison.Ordinal))
            {
                normalized = normalized[vendor.Length..].TrimStart();
                break;
            }
        }

        return WithoutSuffix(normalized);
    }

    private static readonly string[] Vendors = ["amazon sagemaker ", "sagemaker ", "amazon ", "aws ", "amazon", "aws", "大语言模型", "大模型", "llm "];

    // What a stripped suffix must not leave: a word that names nothing alone ("基础模型" is not "基础").
    private static readonly HashSet<string> GenericRemainders = new(StringComparer.Ordinal)
    {
        "基础", "大", "大型", "通用", "预训练", "语言", "生成式", "生成", "这个", "该", "新", "base", "large", "language", "pretrained", "generative",
    };

    // Words that name the kind of thing rather than the thing: "擴散模型" is "擴散", "Transformer model" is "Transformer".
    private static readonly string[] GenericSuffixes =
    [
        "模型", "技术", "技巧", "架构", "算法", "方法", "机制", "服务", "系统", "框架",
        " models", " model", " technique", " techniques", " architecture", " method", " algorithm", " service", " framework", " system",
        " jobs", " job",
    ];

    // A suffix the text ends with and may leave off: not the whole text, and not leaving a word that names nothing.
    private static bool Strips(string lowered, string suffix) =>
        lowered.Length > suffix.Length && lowered.EndsWith(suffix, StringComparison.Ordinal) && !GenericRemainders.Contains(lowered[..^suffix.Length].TrimEnd());

    /// <summary>A normalised answer without one generic suffix, or the answer itself when it is nothing but that.</summary>
    private static string WithoutSuffix(string normalized)
    {
        foreach (var suffix in GenericSuffixes)
        {
            if (Strips(normalized, suffix))
            {
                return normalized[..^suffix.Length].TrimEnd();
            }
        }

        return normalized;
    }

    /// <summary>NFKC, lower case, Simplified characters, surrounding whitespace and punctuation removed, inner whitespace collapsed to one space.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = Search.ChineseScript.ToSimplified(text.Normalize(NormalizationForm.FormKC).ToLowerInvariant());
        var sb = new StringBuilder(folded.Length);
        var space = false;
        foreach (var ch in folded)
        {
            if (char.IsWhiteSpace(ch))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(ch);
        }

        var result = sb.ToString();
        var start = 0;
        var end = result.Length;
        while (start < end && IsEdge(result[start]))
        {
            start++;
        }

        while (end > start && IsEdge(result[end - 1]))
        {
            end--;
        }

        return result[start..end];
    }

    private static bool IsEdge(char ch) => char.IsPunctuation(ch) || char.IsWhiteSpace(ch) || ch is '「' or '」';
}
