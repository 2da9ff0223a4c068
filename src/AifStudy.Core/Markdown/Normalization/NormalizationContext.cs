using AifStudy.Core.Notes;

namespace AifStudy.Core.Markdown.Normalization;

/// <summary>The mutable state normalisation rules share: the lines, the hits and warnings they record, and what they learnt.</summary>
public sealed class NormalizationContext
{
    private readonly List<NormalizationHit> _hits = [];
    private readonly List<string> _warnings = [];
    private string[]? _maskTexts;
    private bool[]? _mask;

    /// <summary>Starts from <paramref name="text"/> split on <c>\n</c> only; <see cref="LineEndingsRule"/> deals with <c>\r</c>.</summary>
    public NormalizationContext(string text, NoteParserOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        Options = options;
        var lines = new List<SourceLine>(text.AsSpan().Count('\n') + 1);
        var start = 0;
        for (var end = text.IndexOf('\n'); end >= 0; end = text.IndexOf('\n', start))
        {
            lines.Add(new SourceLine(text[start..end], lines.Count + 1));
            start = end + 1;
        }

        lines.Add(new SourceLine(text[start..], lines.Count + 1));
        Lines = lines;
    }

    /// <summary>The parser's options.</summary>
    public NoteParserOptions Options { get; }

    /// <summary>The current lines.</summary>
    public List<SourceLine> Lines { get; set; }

    /// <summary>Front matter, once <see cref="FrontMatterRule"/> ran.</summary>
    public FrontMatter FrontMatter { get; set; } = FrontMatter.Empty;

    /// <summary>1-based lines of the normalised markdown holding headings that <see cref="PlainTextStructureRule"/> inferred.</summary>
    public HashSet<int> InferredHeadingLines { get; } = [];

    /// <summary>Hits recorded so far.</summary>
    public IReadOnlyList<NormalizationHit> Hits => _hits;

    /// <summary>Warnings recorded so far.</summary>
    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>Records that <paramref name="rule"/> changed original line <paramref name="originalLine"/>.</summary>
    public void Hit(INormalizationRule rule, int originalLine, string detail)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _hits.Add(new NormalizationHit(rule.Name, originalLine, detail));
    }

    /// <summary>Records a non-fatal problem for the author.</summary>
    public void Warn(string warning) => _warnings.Add(warning);

    /// <summary>For each current line, whether it is a code-fence line or inside a fenced code block (rules leave those alone).</summary>
    /// <remarks>
    /// Most rules change no line, so the mask is kept and handed out again while every line is still the same string.
    /// Callers must not change the array.
    /// </remarks>
    public bool[] FenceMask()
    {
        var lines = Lines;
        if (_maskTexts is { } texts && texts.Length == lines.Count)
        {
            var same = true;
            for (var i = 0; i < texts.Length && same; i++)
            {
                same = ReferenceEquals(texts[i], lines[i].Text);
            }

            if (same)
            {
                return _mask!;
            }
        }

        _maskTexts = new string[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            _maskTexts[i] = lines[i].Text;
        }

        _mask = CodeFences.Mask(_maskTexts);
        return _mask;
    }
}
