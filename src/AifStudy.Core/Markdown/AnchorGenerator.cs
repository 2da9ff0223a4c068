using System.Globalization;
using System.Text;

namespace AifStudy.Core.Markdown;

/// <summary>
/// Makes heading ids that keep CJK characters (so Chinese headings get readable, working anchors),
/// lower-case ASCII letters and digits, and join the rest with single hyphens. Unique within one note:
/// repeats get <c>-2</c>, <c>-3</c>, ...
/// </summary>
public sealed class AnchorGenerator
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    /// <summary>The anchor for the next heading with text <paramref name="text"/>.</summary>
    public string Next(string text)
    {
        var baseId = Slug(text);
        var id = baseId;
        for (var n = 2; !_used.Add(id); n++)
        {
            id = string.Create(CultureInfo.InvariantCulture, $"{baseId}-{n}");
        }

        return id;
    }

    /// <summary>The slug of <paramref name="text"/> without uniqueness.</summary>
    public static string Slug(string text)
    {
        var sb = TextBuilders.Rent();
        var pendingHyphen = false;
        foreach (var ch in IsKcStable(text) ? text : text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(ch))
            {
                if (pendingHyphen && sb.Length > 0)
                {
                    sb.Append('-');
                }

                pendingHyphen = false;
                sb.Append(char.ToLowerInvariant(ch));
            }
            else
            {
                pendingHyphen = true;
            }
        }

        if (sb.Length == 0)
        {
            TextBuilders.Return(sb);
            return "section";
        }

        return TextBuilders.ToStringAndReturn(sb);
    }

    // ASCII and the CJK Unified Ideographs have no compatibility forms and compose with nothing, so NFKC leaves a text
    // made only of them as it is (most headings); skipping the call saves an ICU round trip per heading.
    private static bool IsKcStable(string text)
    {
        foreach (var ch in text)
        {
            if (ch >= '\u0080' && ch is not ((>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF')))
            {
                return false;
            }
        }

        return true;
    }
}
