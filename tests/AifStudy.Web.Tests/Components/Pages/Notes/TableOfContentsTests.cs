using AifStudy.Web.Components.Pages.Notes;
using AifStudy.Web.Services.Notes;
using Bunit;

namespace AifStudy.Web.Tests.Components.Pages.Notes;

public sealed class TableOfContentsTests : BunitContext
{
    [Fact]
    public void Entries_link_to_their_anchors_on_the_note_page_and_empty_ones_say_so()
    {
        var cut = Render<TableOfContents>(p => p
            .Add(c => c.Slug, "llm-basics")
            .Add(c => c.Entries,
            [
                new TocEntry(1, "大语言模型", "大语言模型", IsEmpty: false),
                new TocEntry(2, "Transformer 架构", "transformer-架构", IsEmpty: false),
                new TocEntry(2, "待补充", "待补充", IsEmpty: true),
            ]));

        cut.MarkupMatches(
            """
            <details>
              <summary>Contents</summary>
              <ol>
                <li class="level-1"><a href="notes/llm-basics#大语言模型" title="大语言模型">大语言模型</a></li>
                <li class="level-2"><a href="notes/llm-basics#transformer-架构" title="Transformer 架构">Transformer 架构</a></li>
                <li class="level-2 empty"><a href="notes/llm-basics#待补充" title="No notes under this heading yet">待补充</a></li>
              </ol>
            </details>
            """);
    }
}
