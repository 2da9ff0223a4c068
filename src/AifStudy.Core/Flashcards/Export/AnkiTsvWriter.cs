using System.Text;

namespace AifStudy.Core.Flashcards.Export;

/// <summary>
/// Writes cards as a tab-separated file that Anki 2.1.54+ (File › Import) reads without any choices in its dialog:
/// the header lines name the separator, HTML mode, note type (<c>Basic</c>), deck and tags column.
/// </summary>
/// <remarks>
/// Anki reads the rows with the Rust <c>csv</c> crate: <c>"</c> is the quote character, a quote inside a quoted
/// field is doubled, and a row whose first byte is <c>#</c> is a comment. So a field that holds a tab, a line break
/// or a quote, or that starts with <c>#</c>, is written quoted; everything else, CJK included, is written as is.
/// Line breaks are kept rather than turned into <c>&lt;br&gt;</c>: in HTML they are insignificant between tags
/// and significant inside <c>&lt;pre&gt;</c>, and a <c>&lt;br&gt;</c> between list items would add blank lines.
/// </remarks>
public static class AnkiTsvWriter
{
    /// <summary>UTF-8 without a byte-order mark: Anki only reads the header when the file starts with <c>#</c>.</summary>
    public static Encoding Encoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the header and one line per card.</summary>
    /// <exception cref="ArgumentException">The deck name is blank.</exception>
    public static void Write(TextWriter writer, string deckName, IEnumerable<AnkiExportCard> cards)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentException.ThrowIfNullOrWhiteSpace(deckName);
        ArgumentNullException.ThrowIfNull(cards);

        writer.Write("#separator:tab\n#html:true\n#notetype:Basic\n");
        writer.Write($"#deck:{OneLine(deckName)}\n");
        writer.Write("#tags column:3\n");
        foreach (var card in cards)
        {
            writer.Write(Field(card.FrontHtml));
            writer.Write('\t');
            writer.Write(Field(card.BackHtml));
            writer.Write('\t');
            writer.Write(Field(Tags(card)));
            writer.Write('\n');
        }
    }

    /// <summary>The file as a string.</summary>
    public static string ToText(string deckName, IEnumerable<AnkiExportCard> cards)
    {
        using var writer = new StringWriter();
        Write(writer, deckName, cards);
        return writer.ToString();
    }

    /// <summary>The file's bytes, ready to download as <c>.txt</c>.</summary>
    public static byte[] ToBytes(string deckName, IEnumerable<AnkiExportCard> cards) =>
        Encoding.GetBytes(ToText(deckName, cards));

    /// <summary>The card's tags, space separated: <c>aif::domain-2 note::llm-basics</c>.</summary>
    public static string Tags(AnkiExportCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var tags = new List<string>(2);
        if (card.Domain is { } domain)
        {
            tags.Add($"aif::domain-{domain}");
        }

        // Anki splits the tags column on whitespace, so a slug must not contain any.
        var slug = string.Join('-', card.NoteSlug.Split(default(char[]), StringSplitOptions.RemoveEmptyEntries));
        if (slug.Length > 0)
        {
            tags.Add($"note::{slug}");
        }

        return string.Join(' ', tags);
    }

    private static string Field(string value)
    {
        if (value.AsSpan().IndexOfAny("\t\r\n\"") < 0 && !value.StartsWith('#'))
        {
            return value;
        }

        return $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }

    private static string OneLine(string value) =>
        string.Join(' ', value.Split(['\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
