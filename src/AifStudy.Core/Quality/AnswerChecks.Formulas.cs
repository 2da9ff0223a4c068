using System.Text.RegularExpressions;

namespace AifStudy.Core.Quality;

/// <summary>
/// A confusion-matrix formula that contradicts its metric: the note's "F1 score | precision and recall (TP) / (TP + FP +
/// FN)" is wrong (F1 is 2TP / (2TP + FP + FN)), and an item that keys it teaches the mistake. A formula the generator
/// can check and that fails is dropped; one it cannot read is left to the other checks.
/// </summary>
internal static partial class AnswerChecks
{
    public static bool WrongFormula(StudyItem item)
    {
        if (item.Term is not { Length: > 0 } term || MetricOf(QualityText.Key(term)) is not { } metric)
        {
            return false;
        }

        foreach (Match m in Formula().Matches(item.Answer + "\n" + item.Explanation + "\n" + item.Prompt))
        {
            var numerator = m.Groups["num"].Value.Replace(" ", "", StringComparison.Ordinal);
            var denominator = m.Groups["den"].Value.Replace(" ", "", StringComparison.Ordinal);
            var right = metric switch
            {
                "precision" => numerator.Contains("TP", StringComparison.Ordinal) && denominator.Contains("FP", StringComparison.Ordinal) && !denominator.Contains("FN", StringComparison.Ordinal),
                "recall" => numerator.Contains("TP", StringComparison.Ordinal) && denominator.Contains("FN", StringComparison.Ordinal) && !denominator.Contains("FP", StringComparison.Ordinal),
                "accuracy" => numerator.Contains("TP", StringComparison.Ordinal) && numerator.Contains("TN", StringComparison.Ordinal),
                "specificity" => numerator.Contains("TN", StringComparison.Ordinal) && denominator.Contains("FP", StringComparison.Ordinal) && !denominator.Contains("FN", StringComparison.Ordinal),
                _ => (numerator + denominator).Contains('2', StringComparison.Ordinal),
            };
            if (!right)
            {
                return true;
            }
        }

        return false;
    }

    private static string? MetricOf(string key) => key switch
    {
        _ when key.StartsWith("f1", StringComparison.Ordinal) || key.StartsWith("fscore", StringComparison.Ordinal) || key.StartsWith("f1分数", StringComparison.Ordinal) => "f1",
        "precision" or "精确率" or "精準率" or "精准率" or "查准率" or "精度" => "precision",
        "recall" or "召回率" or "查全率" or "sensitivity" or "灵敏度" or "truepositiverate" or "tpr" => "recall",
        "accuracy" or "classificationaccuracy" or "准确率" or "準確率" => "accuracy",
        "specificity" or "特异度" or "特異度" or "truenegativerate" or "tnr" => "specificity",
        _ => null,
    };

    // "(TP + TN) / (TP + TN + FP + FN)", "TP/(TP+FP)", "2TP / (2TP + FP + FN)".
    [GeneratedRegex(@"(?<num>\(?\s*2?\s*\*?\s*(TP|TN|FP|FN)(\s*\+\s*2?\s*\*?\s*(TP|TN|FP|FN))*\s*\)?)\s*/\s*(?<den>\(\s*2?\s*\*?\s*(TP|TN|FP|FN)(\s*\+\s*2?\s*\*?\s*(TP|TN|FP|FN))*\s*\)|2?\s*(TP|TN|FP|FN))")]
    private static partial Regex Formula();
}
