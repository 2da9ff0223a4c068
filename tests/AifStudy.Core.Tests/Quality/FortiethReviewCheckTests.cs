using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>Checks from blind run 54: a course's study plan and outlook, slogans around a label.</summary>
public sealed class FortiethReviewCheckTests
{
    [Theory]
    [InlineData("学习建议", true)]
    [InlineData("技术学习路径", true)]
    [InlineData("实战项目推荐", true)]
    [InlineData("应用前景", true)]
    [InlineData("Learning path", true)]
    [InlineData("GPT 的训练过程", false)]
    public void A_study_plan_or_an_outlook_is_not_study_material(string title, bool dropped) =>
        Assert.Equal(dropped, Fires("non-content-section", Card("TermDefinition", "“前沿跟踪”指什么？", "关注最新模型和技术发展", "前沿跟踪",
            section: Section("1. **基础知识**：深度学习、Transformer架构\n2. **前沿跟踪**：关注最新模型和技术发展", "AIGC发展：从GPT1到GPT4", title))));

    [Theory]
    [InlineData("创作工具", "辅助各行业的创作工作", true)]
    [InlineData("监督学习", "有监督的学习方式", true)]
    [InlineData("监督学习", "用标注数据训练模型的学习方式", false)]
    [InlineData("科研加速", "借助模型缩短实验周期", false)]
    [InlineData("创作工具", "辅助各行业从业者写文案、画插图、做视频的生成式应用", false)]
    public void A_slogan_around_the_label_is_trivial(string term, string back, bool dropped) =>
        Assert.Equal(dropped, Fires("trivial-back", Card("TermDefinition", $"“{term}”指什么？", back, term)));
}
