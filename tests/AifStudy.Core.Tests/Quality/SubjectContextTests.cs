using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>What a prompt names so that its subject stands alone.</summary>
public sealed class SubjectContextTests
{
    [Fact]
    public void A_parent_that_names_no_product_is_placed_under_its_section() =>
        Assert.Equal("AWS Glue › 核心功能", SubjectContext.Place(Section(path: ["AWS 服務", "AWS Glue:"]), "核心功能"));

    [Fact]
    public void A_parent_that_names_a_product_stands_alone() =>
        Assert.Equal("Amazon Macie", SubjectContext.Place(Section(path: ["AWS 服務", "安全"]), "Amazon Macie"));

    [Fact]
    public void Course_numbering_and_heading_sentences_are_no_context()
    {
        Assert.Equal("基础模型的应用", SubjectContext.Of(Section(path: ["基础模型的应用", "第1课"]), "推理"));
        Assert.Null(SubjectContext.Of(Section(path: ["Amazon Bedrock 是一個全受管的服務，以下是 Bedrock 的主要特點："]), "代理"));
    }

    [Fact]
    public void Only_an_ambiguous_term_gets_its_section()
    {
        var section = Section(path: ["循环神经网络", "输入输出结构"]);

        Assert.Equal("循环神经网络 › 输入输出结构", SubjectContext.IfAmbiguous(section, "多对一"));
        Assert.Null(SubjectContext.IfAmbiguous(section, "Transformer"));
        Assert.Null(SubjectContext.IfAmbiguous(section, "正则化"));
    }
}
