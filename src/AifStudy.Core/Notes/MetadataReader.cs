using System.Globalization;
using System.Text.RegularExpressions;
using AifStudy.Core.Markdown.Normalization;

namespace AifStudy.Core.Notes;

/// <summary>Works out a note's title and AIF-C01 domain from front matter, falling back to its text.</summary>
internal static partial class MetadataReader
{
    private const int DomainSearchLength = 500;

    public static string Title(FrontMatter frontMatter, string? firstHeading, string markdown, string? fileName)
    {
        var firstLine = markdown.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        var fromFile = string.IsNullOrWhiteSpace(fileName) ? null : Path.GetFileNameWithoutExtension(fileName);
        return new[] { frontMatter.Title, firstHeading, firstLine, fromFile }
            .FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)) ?? "Untitled";
    }

    public static int? Domain(FrontMatter frontMatter, string title, string? firstHeading, string markdown)
    {
        if (frontMatter.Domain is { } written && Digit().Match(written) is { Success: true } m)
        {
            var value = int.Parse(m.Value, CultureInfo.InvariantCulture);
            if (value is >= 1 and <= 5)
            {
                return value;
            }
        }

        foreach (var text in new[] { title, firstHeading ?? "", markdown[..Math.Min(markdown.Length, DomainSearchLength)] })
        {
            if (DomainInText().Match(text) is { Success: true } found)
            {
                return found.Groups[1].Value[0] - '0';
            }
        }

        return null;
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digit();

    [GeneratedRegex(@"(?:领域|領域|Domain)\s*([1-5])(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex DomainInText();
}
