using System.Security.Cryptography;
using System.Text;
using AifStudy.Core.Flashcards;

namespace AifStudy.Core.Quizzes;

/// <summary>
/// Computes <see cref="QuizQuestion.Key"/> the way <see cref="CardKey"/> does for cards: the first 16 hex digits of
/// SHA-256 over <c>quiz:{kind}:{noteSlug}:{normalised section path}:{normalised subject}</c>.
/// </summary>
public static class QuizKey
{
    /// <summary>The key of a question of <paramref name="kind"/> about <paramref name="subject"/> in the given section.</summary>
    public static string Compute(QuestionKind kind, string noteSlug, IEnumerable<string> sectionPath, string subject)
    {
        ArgumentNullException.ThrowIfNull(noteSlug);
        ArgumentNullException.ThrowIfNull(sectionPath);
        ArgumentNullException.ThrowIfNull(subject);
        var path = string.Join("/", sectionPath.Select(t => CardText.Normalize(CardText.StripNumber(t))));
        var identity = $"quiz:{kind}:{noteSlug}:{path}:{CardText.Normalize(subject)}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..16];
    }
}
