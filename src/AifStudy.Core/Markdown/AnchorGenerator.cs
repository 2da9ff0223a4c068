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
        var sb = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var ch in text.Normalize(NormalizationForm.FormKC))
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

        return sb.Length == 0 ? "section" : sb.ToString();
    }
}
