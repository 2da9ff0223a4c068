using System.Text;

namespace AifStudy.Core.Flashcards.Export;

/// <summary>
/// Writes cards as a tab-separated file that Anki 2.1.54+ (File › Import) reads without any choices in its dialog:
/// the header lines name the separator, HTML mode, the GUID and note type columns, the deck and the tags column. Each
/// row is <c>guid · note type · field 1 · field 2 · tags</c>: <c>Basic</c> (Front, Back) or <c>Cloze</c> (Text, Back
/// Extra). The GUID makes a second import of a newer export update the notes of the first.
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

        writer.Write("#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n");
        writer.Write($"#deck:{OneLine(deckName)}\n");
        writer.Write("#tags column:5\n");
        foreach (var card in cards)
        {
            writer.Write(Field(OneLine(card.AnkiGuid)));
            writer.Write('\t');
            writer.Write(card.IsCloze ? "Cloze" : "Basic");
            writer.Write('\t');
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

    /// <summary>
    /// A cloze card's front as the Text of Anki's <c>Cloze</c> note: the blank (<c>［……］</c> or <c>[...]</c>, as
    /// rendered) becomes <c>{{c1::term}}</c>. Null when the front has no blank to fill.
    /// </summary>
    public static string? ClozeText(string frontHtml, string term)
    {
        ArgumentNullException.ThrowIfNull(frontHtml);
        ArgumentNullException.ThrowIfNull(term);
        foreach (var blank in (string[])["［……］", "[...]"])
        {
            var at = frontHtml.IndexOf(blank, StringComparison.Ordinal);
            if (at >= 0 && term.Trim().Length > 0)
            {
                // "}}" inside the answer would end the cloze early; Anki has no escape for it.
                var answer = System.Net.WebUtility.HtmlEncode(term.Trim()).Replace("}}", "} }", StringComparison.Ordinal);
                return frontHtml[..at] + "{{c1::" + answer + "}}" + frontHtml[(at + blank.Length)..];
            }
        }

        return null;
    }

    private static string OneLine(string value) =>
        string.Join(' ', value.Split(['\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
