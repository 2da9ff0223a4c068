using System.Text;

namespace AifStudy.Core.Tests.Flashcards.Export;

/// <summary>
/// Reads a file the way Anki's text importer does (rslib/src/import_export/text/csv): leading lines starting with
/// <c>#</c> are <c>key:value</c> metadata; the rest goes through the Rust csv crate with quoting on, doubled
/// quotes, <c>#</c> comments and the tab delimiter. Enough of that reader to check what a file means to Anki.
/// </summary>
internal static class AnkiTextReader
{
    public static (Dictionary<string, string> Meta, List<string[]> Rows) Read(string text)
    {
        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        var position = 0;
        while (position < text.Length && text[position] == '#')
        {
            var end = text.IndexOf('\n', position);
            var line = text[(position + 1)..(end < 0 ? text.Length : end)].TrimEnd('\r');
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                meta[line[..colon].Trim().ToLowerInvariant()] = line[(colon + 1)..];
            }

            position = end < 0 ? text.Length : end + 1;
        }

        return (meta, Records(text[position..]));
    }

    private static List<string[]> Records(string text)
    {
        var rows = new List<string[]>();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '#')
            {
                var end = text.IndexOf('\n', i);
                i = end < 0 ? text.Length : end + 1;
                continue;
            }

            var fields = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            var atFieldStart = true;
            for (; i < text.Length; i++)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        field.Append(c);
                    }
                }
                else if (c == '"' && atFieldStart)
                {
                    quoted = true;
                    atFieldStart = false;
                }
                else if (c == '\t')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                    atFieldStart = true;
                }
                else if (c == '\n')
                {
                    i++;
                    break;
                }
                else if (c != '\r')
                {
                    field.Append(c);
                    atFieldStart = false;
                }
            }

            fields.Add(field.ToString());
            rows.Add([.. fields]);
        }

        return rows;
    }
}
