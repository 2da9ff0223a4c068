using AifStudy.Core.Notes;

namespace AifStudy.Core.Markdown.Normalization;

/// <summary>The state normalisation rules share: the lines, the hits and warnings they record, and what they learnt.</summary>
/// <remarks>
/// Rules change the lines through <see cref="SourceLines"/>' edit methods only; what is worked out from the lines
/// (<see cref="FenceMask"/>) is kept until one of them is called.
/// </remarks>
public sealed class NormalizationContext
{
    private readonly List<NormalizationHit> _hits = [];
    private readonly List<string> _warnings = [];

    // Which trigger characters the whole text holds and how many '|' and '[', from one pass made when first asked.
    private TextTriggers? _triggers;

    private int _maskVersion = -1;
    private bool[]? _mask;

    /// <summary>Starts from <paramref name="text"/> split on <c>\n</c> only; <see cref="LineEndingsRule"/> deals with <c>\r</c>.</summary>
    public NormalizationContext(string text, NoteParserOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        Options = options;
        Lines = new SourceLines(text);
    }

    /// <summary>The parser's options.</summary>
    public NoteParserOptions Options { get; }

    /// <summary>The current lines, and the edits rules make to them.</summary>
    public SourceLines Lines { get; }

    /// <summary>Front matter, once <see cref="FrontMatterRule"/> ran.</summary>
    public FrontMatter FrontMatter { get; set; } = FrontMatter.Empty;

    /// <summary>1-based lines of the normalised markdown holding headings that <see cref="PlainTextStructureRule"/> inferred.</summary>
    public HashSet<int> InferredHeadingLines { get; } = [];

    /// <summary>Hits recorded so far.</summary>
    public IReadOnlyList<NormalizationHit> Hits => _hits;

    /// <summary>Warnings recorded so far.</summary>
    public IReadOnlyList<string> Warnings => _warnings;

    private TextTriggers Triggers => _triggers ??= new TextTriggers(Lines.Text);

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
    /// Most rules change no line, so the mask is kept and handed out again until the lines are edited
    /// (<see cref="SourceLines.Version"/>). Callers must not change the array.
    /// </remarks>
    public bool[] FenceMask()
    {
        if (_mask is null || _maskVersion != Lines.Version)
        {
            _mask = CodeFences.Mask(Lines);
            _maskVersion = Lines.Version;
        }

        return _mask;
    }

    /// <summary>True when some line contains <paramref name="value"/>, which must not contain <c>\n</c>.</summary>
    internal bool AnyLineContains(string value)
    {
        if (Triggers.MayContain(value[0]) && Lines.Text.Contains(value, StringComparison.Ordinal))
        {
            foreach (var run in Lines.Runs())
            {
                if (run.Span.Contains(value, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        // A line cut from the text holds only what the text holds, so only a rewritten line can hold the value.
        if (Lines.HasRewrittenLines)
        {
            foreach (var line in Lines)
            {
                if (Lines.IsRewritten(line) && line.Span.Contains(value, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when some line contains <paramref name="value"/> (not <c>\n</c>).</summary>
    internal bool AnyLineContains(char value)
    {
        if (Triggers.MayContain(value) && Lines.Text.Contains(value))
        {
            foreach (var run in Lines.Runs())
            {
                if (run.Span.Contains(value))
                {
                    return true;
                }
            }

            return false;
        }

        if (Lines.HasRewrittenLines)
        {
            foreach (var line in Lines)
            {
                if (Lines.IsRewritten(line) && line.Span.Contains(value))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>At least as many '|' as all lines hold together, without counting them where it can.</summary>
    internal int PipesAtMost() => AtMost('|', Triggers.Pipes);

    /// <summary>At least as many '[' as all lines hold together, as <see cref="PipesAtMost"/> counts '|'.</summary>
    internal int BracketsAtMost() => AtMost('[', Triggers.Brackets);

    // The text's count (before any edit, the lines are the text) plus the rewritten lines' is enough while the lines cut
    // from the text are in its order, none twice; else (a rule repeated or moved lines) every line is counted.
    private int AtMost(char value, int inText)
    {
        if (Lines.Version == 0)
        {
            return inText;
        }

        var (count, end) = (inText, 0);
        foreach (var run in Lines.Runs())
        {
            if (!ReferenceEquals(run.Source, Lines.Text))
            {
                count += run.Span.Count(value);
            }
            else if (run.Start < end)
            {
                return CountInLines(value);
            }
            else
            {
                end = run.Start + run.Length;
            }
        }

        return count;
    }

    private int CountInLines(char value)
    {
        var count = 0;
        foreach (var run in Lines.Runs())
        {
            count += run.Span.Count(value);
        }

        return count;
    }
}
