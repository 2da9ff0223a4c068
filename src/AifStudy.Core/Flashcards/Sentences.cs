namespace AifStudy.Core.Flashcards;

/// <summary>Splits prose into sentences at 。！？；!? and at ". " — enough for cards, not a linguistic tokenizer.</summary>
internal static class Sentences
{
    /// <summary>Sentences of <paramref name="text"/> as (start, length) ranges, ending punctuation included.</summary>
    public static IReadOnlyList<Range> Split(string text)
    {
        var ranges = new List<Range>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            var ends = ch is '。' or '！' or '？' or '；' or '!' or '?'
                || (ch == '.' && (i + 1 == text.Length || text[i + 1] == ' ') && i > 0 && !char.IsDigit(text[i - 1]));
            if (ends)
            {
                // Keep closing quotes and brackets with the sentence they close.
                while (i + 1 < text.Length && text[i + 1] is '”' or '"' or '」' or '）' or ')')
                {
                    i++;
                }

                Add(ranges, text, start, i + 1);
                start = i + 1;
            }
        }

        Add(ranges, text, start, text.Length);
        return ranges;
    }

    /// <summary>The sentences of <paramref name="text"/>, trimmed.</summary>
    public static IReadOnlyList<string> Of(string text) => Split(text).Select(r => text[r].Trim()).ToList();

    public static bool IsQuestion(string sentence) => sentence.EndsWith('？') || sentence.EndsWith('?');

    private static void Add(List<Range> ranges, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (end > start)
        {
            ranges.Add(start..end);
        }
    }
}
