namespace AifStudy.Core.Scheduling;

/// <summary>
/// Daily new-card limits per domain and per note, under the learner's overall limit, as Anki's per-deck limits under
/// a parent deck: a new card may come up while its note and its domain (each when limited) and the whole day still
/// have room.
/// </summary>
/// <param name="PerDomain">New cards a day per AIF-C01 domain (1–5), for the limited ones.</param>
/// <param name="PerNote">New cards a day per note slug, for the limited ones.</param>
public sealed record NewCardLimits(IReadOnlyDictionary<int, int> PerDomain, IReadOnlyDictionary<string, int> PerNote)
{
    /// <summary>No per-scope limits: only the overall one applies.</summary>
    public static NewCardLimits None { get; } = new(new Dictionary<int, int>(), new Dictionary<string, int>());

    /// <summary>Whether any domain or note has a limit of its own.</summary>
    public bool Any => PerDomain.Count > 0 || PerNote.Count > 0;

    /// <summary>Reads a scope key as the settings store it: "domain:2" or "note:llm-basics".</summary>
    /// <returns>The domain or the note slug; both null when the key is neither.</returns>
    public static (int? Domain, string? Note) ParseKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.StartsWith("domain:", StringComparison.Ordinal) && int.TryParse(key.AsSpan(7), out var domain) && domain is >= 1 and <= 5)
        {
            return (domain, null);
        }

        return key.StartsWith("note:", StringComparison.Ordinal) && key.Length > 5 ? (null, key[5..]) : (null, null);
    }

    /// <summary>The limits from stored (scope key, per day) pairs; keys that name neither a domain nor a note are ignored.</summary>
    public static NewCardLimits From(IEnumerable<(string Key, int PerDay)> stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var domains = new Dictionary<int, int>();
        var notes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, perDay) in stored)
        {
            switch (ParseKey(key))
            {
                case ({ } domain, _):
                    domains[domain] = Math.Max(0, perDay);
                    break;
                case (_, { } note):
                    notes[note] = Math.Max(0, perDay);
                    break;
            }
        }

        return new NewCardLimits(domains, notes);
    }

    /// <summary>The domains whose limit today's new cards have reached.</summary>
    public IEnumerable<int> FullDomains(IReadOnlyDictionary<int, int> introducedByDomain) =>
        PerDomain.Where(l => introducedByDomain.GetValueOrDefault(l.Key) >= l.Value).Select(l => l.Key);

    /// <summary>The notes whose limit today's new cards have reached.</summary>
    public IEnumerable<string> FullNotes(IReadOnlyDictionary<string, int> introducedByNote) =>
        PerNote.Where(l => introducedByNote.GetValueOrDefault(l.Key) >= l.Value).Select(l => l.Key);

    /// <summary>
    /// How many of <paramref name="candidates"/> (new cards in the order they would come up) may still come up today:
    /// taken in order while the day has room, skipping those whose note or domain is full.
    /// </summary>
    public int Allowed(
        IEnumerable<(string Note, int? Domain)> candidates,
        int leftToday,
        IReadOnlyDictionary<string, int> introducedByNote,
        IReadOnlyDictionary<int, int> introducedByDomain)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var notes = new Dictionary<string, int>(introducedByNote, StringComparer.Ordinal);
        var domains = new Dictionary<int, int>(introducedByDomain);
        var taken = 0;
        foreach (var (note, domain) in candidates)
        {
            if (taken >= leftToday)
            {
                break;
            }

            if ((PerNote.TryGetValue(note, out var noteLimit) && notes.GetValueOrDefault(note) >= noteLimit)
                || (domain is { } d && PerDomain.TryGetValue(d, out var domainLimit) && domains.GetValueOrDefault(d) >= domainLimit))
            {
                continue;
            }

            notes[note] = notes.GetValueOrDefault(note) + 1;
            if (domain is { } counted)
            {
                domains[counted] = domains.GetValueOrDefault(counted) + 1;
            }

            taken++;
        }

        return taken;
    }
}
