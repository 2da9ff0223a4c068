namespace AifStudy.Web.Services.Quizzes;

/// <summary>
/// A question key as 64 bits (FNV-1a over its characters), so an index can say which key sits at a position in 8 bytes
/// instead of a string each. Draws compare it only with the learner's reported keys, a handful; a collision (odds
/// of 2^-64 per pair) would leave out one more question, nothing worse.
/// </summary>
internal static class QuestionKeyHash
{
    public static ulong Of(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    public static IReadOnlySet<ulong> Of(IReadOnlySet<string> keys) => keys.Select(Of).ToHashSet();
}
