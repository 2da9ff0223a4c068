namespace AifStudy.Core.Notes;

/// <summary>An image a note references. <paramref name="Url"/> is as written (relative to the note's file, usually).</summary>
public sealed record ImageReference(string Alt, string Url);

/// <summary>A link in a note.</summary>
public sealed record LinkReference(string Text, string Url);

/// <summary>An English passage and its Chinese translation.</summary>
public sealed record BilingualPair(string English, string Chinese);

/// <summary>A normalisation rule that changed a line of the original file.</summary>
/// <param name="Rule">The rule's name, as listed in docs/note-format.md.</param>
/// <param name="Line">1-based line in the original file (after front matter, counted from the file's first line).</param>
/// <param name="Detail">What was changed, short.</param>
public sealed record NormalizationHit(string Rule, int Line, string Detail);
