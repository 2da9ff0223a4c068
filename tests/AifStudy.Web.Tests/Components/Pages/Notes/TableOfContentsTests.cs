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
                <li class="level-1">
                  <a class="toc-link" href="notes/llm-basics#大语言模型" title="大语言模型">大语言模型</a>
                  <a class="toc-review" href="review?note=llm-basics&amp;section=%E5%A4%A7%E8%AF%AD%E8%A8%80%E6%A8%A1%E5%9E%8B" aria-label="Review the cards of 大语言模型" title="Review this section's cards">↻</a>
                </li>
                <li class="level-2">
                  <a class="toc-link" href="notes/llm-basics#transformer-架构" title="Transformer 架构">Transformer 架构</a>
                  <a class="toc-review" href="review?note=llm-basics&amp;section=transformer-%E6%9E%B6%E6%9E%84" aria-label="Review the cards of Transformer 架构" title="Review this section's cards">↻</a>
                </li>
                <li class="level-2 empty"><a class="toc-link" href="notes/llm-basics#待补充" title="No notes under this heading yet">待补充</a></li>
              </ol>
            </details>
            """);
    }
}
