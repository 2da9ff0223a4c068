namespace AifStudy.Core.Quality;

/// <summary>
/// What a generator made of one note: how many candidates it considered, how many it kept, and for each reason how
/// many it dropped (a check's name, a card rule, <c>kind-off</c> for a kind turned off, <c>duplicate</c>).
/// Not thread-safe: one report per generation.
/// </summary>
public sealed class GenerationReport
{
    /// <summary>How many dropped items each reason keeps as examples.</summary>
    public const int ExamplesPerReason = 3;

    private readonly SortedDictionary<string, int> _dropped = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _examples = new(StringComparer.Ordinal);

    /// <summary>Candidates considered.</summary>
    public int Candidates { get; private set; }

    /// <summary>Candidates kept.</summary>
    public int Kept { get; private set; }

    /// <summary>Dropped candidates by reason, reasons in ordinal order.</summary>
    public IReadOnlyDictionary<string, int> Dropped => _dropped;

    /// <summary>The first few dropped items' prompts (a card's front) for each reason, so a person can see what was dropped.</summary>
    public IReadOnlyList<string> Examples(string reason) => _examples.TryGetValue(reason, out var list) ? list : [];

    /// <summary>When set, every kept item as the checks saw it (for the test that no check fires on a kept item).</summary>
    internal List<StudyItem>? KeptItems { get; init; }

    internal void Keep(StudyItem? item = null)
    {
        if (item is not null)
        {
            KeptItems?.Add(item);
        }

        Candidates++;
        Kept++;
    }

    internal void Drop(string reason, string? example = null)
    {
        Candidates++;
        if (example is not null)
        {
            var list = _examples.TryGetValue(reason, out var found) ? found : _examples[reason] = [];
            if (list.Count < ExamplesPerReason)
            {
                list.Add(example);
            }
        }

        _dropped[reason] = _dropped.GetValueOrDefault(reason) + 1;
    }
}
