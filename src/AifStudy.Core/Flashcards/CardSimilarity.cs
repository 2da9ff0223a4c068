namespace AifStudy.Core.Flashcards;

/// <summary>
/// Tells whether a regenerated card is the same card as a stored one whose key no longer matches (its subject was
/// reworded): compared by character-bigram Dice similarity of the normalised text.
/// </summary>
public static class CardSimilarity
{
    /// <summary>Backs at least this similar (and fronts at least <see cref="FrontThreshold"/>) are the same card.</summary>
    public const double BackThreshold = 0.8;

    /// <summary>Fronts must be at least this similar too, so two different questions with one short answer stay apart.</summary>
    public const double FrontThreshold = 0.5;

    /// <summary>True when the new front and back are a light edit of the old ones.</summary>
    public static bool IsSameCard(string oldFront, string oldBack, string newFront, string newBack)
    {
        ArgumentNullException.ThrowIfNull(oldFront);
        ArgumentNullException.ThrowIfNull(oldBack);
        ArgumentNullException.ThrowIfNull(newFront);
        ArgumentNullException.ThrowIfNull(newBack);
        return Dice(oldBack, newBack) >= BackThreshold && Dice(oldFront, newFront) >= FrontThreshold;
    }

    /// <summary>True when both cards are of one kind and <see cref="IsSameCard(string, string, string, string)"/> holds.</summary>
    public static bool IsSameCard(GeneratedCard oldCard, GeneratedCard newCard)
    {
        ArgumentNullException.ThrowIfNull(oldCard);
        ArgumentNullException.ThrowIfNull(newCard);
        return oldCard.Kind == newCard.Kind && IsSameCard(oldCard.Front, oldCard.Back, newCard.Front, newCard.Back);
    }

    /// <summary>Dice coefficient of the character bigrams of the normalised texts: 1 for equal texts, 0 for nothing shared.</summary>
    public static double Dice(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return DiceOfNormalized(CardText.Normalize(a), CardText.Normalize(b));
    }

    /// <summary><see cref="Dice"/> of two texts already through <see cref="CardText.Normalize"/>.</summary>
    internal static double DiceOfNormalized(string x, string y)
    {
        if (x == y)
        {
            return 1;
        }

        var left = Bigrams(x);
        var right = Bigrams(y);
        if (left.Count + right.Count == 0)
        {
            return 0;
        }

        var shared = 0;
        var total = 0;
        foreach (var (bigram, count) in left)
        {
            shared += Math.Min(count, right.GetValueOrDefault(bigram));
            total += count;
        }

        foreach (var count in right.Values)
        {
            total += count;
        }

        return 2.0 * shared / total;
    }

    // A bigram as its two UTF-16 units in one int (no substring); a one-character text counts as its one character.
    private static Dictionary<int, int> Bigrams(string text)
    {
        var bigrams = new Dictionary<int, int>(Math.Max(text.Length - 1, 1));
        for (var i = 0; i + 1 < text.Length; i++)
        {
            var bigram = (text[i] << 16) | text[i + 1];
            bigrams[bigram] = bigrams.GetValueOrDefault(bigram) + 1;
        }

        // A one-character text still has something to compare.
        if (text.Length == 1)
        {
            bigrams[text[0]] = 1;
        }

        return bigrams;
    }
}
