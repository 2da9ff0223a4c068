using AifStudy.Core.Search;

namespace AifStudy.Core.Tests.Search;

public sealed class FoldingPropertyTests
{
    // Traditional, Simplified, full-width, ligatures, squared units, combining marks,
    // characters outside the BMP and assorted whitespace.
    private static readonly string[] Pieces =
    [
        "基礎", "基础", "模型", "檢索", "微調", "嵌入", "Ｒ", "Ａ", "Ｇ", "RAG", "rag", "Bedrock", "ﬁ", "㎏", "①",
        "e\u0301", "é", "😀", "𠀀", " ", "\u3000", "\n", "\t ", "-", "（", "）", "Σ", "ß", "İ", "a", "1",
    ];

    private static string RandomText(Random random, int pieces) =>
        string.Concat(Enumerable.Range(0, pieces).Select(_ => Pieces[random.Next(Pieces.Length)]));

    [Fact]
    public void Folding_is_idempotent()
    {
        var random = new Random(20261123);
        for (var i = 0; i < 2000; i++)
        {
            var once = SearchText.Fold(RandomText(random, random.Next(1, 12)));
            Assert.Equal(once, SearchText.Fold(once));
        }
    }

    [Fact]
    public void Any_part_of_a_folded_text_is_found_and_marked_in_the_original()
    {
        var random = new Random(7);
        for (var i = 0; i < 2000; i++)
        {
            var text = RandomText(random, random.Next(1, 12));
            var folded = SearchText.Fold(text);
            if (folded.Length == 0)
            {
                continue;
            }

            var start = random.Next(folded.Length);
            var term = folded[start..(start + random.Next(1, folded.Length - start + 1))].Trim();
            if (term.Length == 0 || char.IsSurrogate(term[0]) || char.IsSurrogate(term[^1]))
            {
                continue;
            }

            var snippet = Highlighter.Snippet(text, [term], text.Length);

            Assert.Equal(text.Trim(), snippet.PlainText);
            Assert.False(snippet.StartsMidText || snippet.EndsMidText);
            var marked = string.Concat(snippet.Segments.Where(s => s.IsMatch).Select(s => s.Text));
            Assert.Contains(term, SearchText.Fold(marked), StringComparison.Ordinal);
        }
    }
}
