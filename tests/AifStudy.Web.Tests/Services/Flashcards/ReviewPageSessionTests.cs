using AifStudy.Core.Flashcards;
using AifStudy.Core.Scheduling;
using AifStudy.Web.Services.Flashcards;

namespace AifStudy.Web.Tests.Services.Flashcards;

public sealed class ReviewPageSessionTests
{
    [Theory]
    [InlineData("基础模型的基础知识", "基础模型的基础知识 › 了解基础模型 (FM) 功能", "from: 基础模型的基础知识 › 了解基础模型 (FM) 功能")]
    [InlineData("大语言模型基础笔记", "1、自然语言处理有六个大的任务", "from: 大语言模型基础笔记 › 1、自然语言处理有六个大的任务")]
    [InlineData("Title", "Title", "from: Title")]
    public void Source_label_names_the_note_once_then_the_section(string noteTitle, string path, string expected)
    {
        var card = new ReviewCard(1, CardKind.TermDefinition, "f", "b", "slug", noteTitle, "a", path,
            SchedulingState.New(DateTimeOffset.UnixEpoch), IsNew: true, new Dictionary<Rating, string>());

        Assert.Equal(expected, ReviewPageSession.SourceLabel(card));
    }
}
