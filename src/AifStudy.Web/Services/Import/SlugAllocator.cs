using System.Globalization;
using System.Text;

namespace AifStudy.Web.Services.Import;

/// <summary>Gives each new note a unique URL slug: its file name, lower-cased, with -2, -3 ... on clashes.</summary>
internal sealed class SlugAllocator(IEnumerable<string> taken)
{
    private readonly HashSet<string> _taken = new(taken, StringComparer.Ordinal);

    public string Allocate(string relativePath)
    {
        var baseSlug = SlugOf(relativePath);
        var slug = baseSlug;
        for (var n = 2; !_taken.Add(slug); n++)
        {
            slug = string.Create(CultureInfo.InvariantCulture, $"{baseSlug}-{n}");
        }

        return slug;
    }

    /// <summary>
    /// The file name without extension, lower-cased. Whitespace and characters that would need escaping
    /// in a URL path segment become '-'; CJK and other letters stay as they are.
    /// </summary>
    public static string SlugOf(string relativePath)
    {
        var name = Path.GetFileNameWithoutExtension(relativePath).ToLowerInvariant();
        var slug = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            slug.Append(char.IsWhiteSpace(c) || "/\\?#%&+".Contains(c, StringComparison.Ordinal) ? '-' : c);
        }

        return slug.Length == 0 ? "note" : slug.ToString();
    }
}
