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
        var simple = IsSimple(text);
        foreach (var raw in simple ? text : text.Normalize(NormalizationForm.FormKC))
        {
            var ch = simple ? Narrow(raw) : raw;
            if (char.IsLetterOrDigit(ch))
            {
                if (pendingHyphen && sb.Length > 0)
                {
                    sb.Append('-');
                }

                pendingHyphen = false;
                sb.Append(ch switch
                {
                    >= 'A' and <= 'Z' => (char)(ch + ('a' - 'A')),
                    < '\u0080' => ch,
                    _ when IsIdeograph(ch) => ch,
                    _ => char.ToLowerInvariant(ch),
                });
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

    // Most headings are ASCII, ideographs and common CJK punctuation. For those NFKC only narrows the full-width forms
    // (U+FF01..U+FF5E to ASCII, U+3000 to a space); the rest have no compatibility forms and nothing composes with
    // them. Doing that here saves an ICU call per heading, and the case mapping one per character.
    private static bool IsSimple(string text)
    {
        foreach (var ch in text)
        {
            var simple = ch < '\u0080' || IsIdeograph(ch) || ch is (>= '\uFF01' and <= '\uFF5E') or '\u3000'
                or '\u3001' or '\u3002' or (>= '\u3008' and <= '\u3011') or '\u00B7' or '\u2014' or '\u2018' or '\u2019'
                or '\u201C' or '\u201D';
            if (!simple)
            {
                return false;
            }
        }

        return true;
    }

    private static char Narrow(char ch) => ch switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(ch - 0xFEE0),
        '\u3000' => ' ',
        _ => ch,
    };

    private static bool IsIdeograph(char ch) => ch is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF');
}
