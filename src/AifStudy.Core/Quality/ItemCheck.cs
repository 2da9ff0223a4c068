namespace AifStudy.Core.Quality;

/// <summary>
/// One named check every generated item must pass. <see cref="Fires"/> is true when the item shows the failure the
/// check is named for; the generator then drops the item (it never repairs it) and reports the check's name.
/// </summary>
/// <param name="Name">The failure class, as reported per note: <c>label-as-term</c>, <c>giveaway-length</c>, ….</param>
/// <param name="Summary">What it catches, for a person reading the report.</param>
/// <param name="Fires">True when the item fails the check.</param>
public sealed record ItemCheck(string Name, string Summary, Func<StudyItem, bool> Fires);
