using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AifStudy.Core.Flashcards;

/// <summary>
/// Computes <see cref="GeneratedCard.Key"/>: the first 16 hex digits of SHA-256 over
/// <c>{kind}:{noteSlug}:{normalised section path}:{normalised subject}</c>. Normalising keeps letters and digits only
/// (NFKC, lower case) and drops heading numbers such as <c>1、</c>, so punctuation, spacing and renumbering do not
/// change a key; editing the definition or any other part of the note does not either.
/// </summary>
public static class CardKey
{
    /// <summary>The key of a card of <paramref name="kind"/> about <paramref name="subject"/> in the given section.</summary>
    public static string Compute(CardKind kind, string noteSlug, IEnumerable<string> sectionPath, string subject)
    {
        ArgumentNullException.ThrowIfNull(noteSlug);
        ArgumentNullException.ThrowIfNull(sectionPath);
        ArgumentNullException.ThrowIfNull(subject);
        var path = string.Join("/", sectionPath.Select(t => CardText.Normalize(CardText.StripNumber(t))));
        var identity = string.Create(CultureInfo.InvariantCulture, $"{kind}:{noteSlug}:{path}:{CardText.Normalize(subject)}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..16];
    }
}
