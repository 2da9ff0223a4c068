using System.Text;

namespace AifStudy.Core.Markdown.Normalization;

/// <summary>A line <see cref="InlineDelimiterBudget"/> writes markup of as text: copied, with the replacements, only once the first one is made.</summary>
internal ref struct RewrittenLine(ReadOnlySpan<char> line)
{
    private readonly ReadOnlySpan<char> _line = line;
    private StringBuilder? _text;
    private int _copied;

    public void Replace(int at, int length, string replacement)
    {
        CopyTo(at).Append(replacement);
        _copied = at + length;
    }

    public void Escape(int start, int end)
    {
        var text = CopyTo(start);
        for (var i = start; i < end; i++)
        {
            text.Append('\\').Append(_line[i]);
        }

        _copied = end;
    }

    public string? ToStringOrNull() => _text is null ? null : CopyTo(_line.Length).ToString();

    private StringBuilder CopyTo(int at)
    {
        _text ??= new StringBuilder(_line.Length + 16);
        _text.Append(_line[_copied..at]);
        _copied = at;
        return _text;
    }
}
