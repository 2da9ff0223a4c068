using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>Run 82's causes: a lesson's details, code and comparatives as terms, a bold term with its gloss, orders and times as backs.</summary>
public sealed class SixtyNinthReviewCheckTests
{
    [Theory]
    [InlineData("Time", true)]
    [InlineData("def is_cat(x)", true)]
    [InlineData("is_cat(x)", true)]
    [InlineData("Higher Threshold", true)]
    [InlineData("Lower Threshold", true)]
    [InlineData("Lower bound", false)]
    [InlineData("Time series", false)]
    [InlineData("Decision threshold", false)]
    public void Details_code_and_comparatives_are_no_terms(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("label-as-term", Card("TermDefinition", $"What is {term}?", "Precision goes up and recall goes down as fewer items are flagged", term, context: "Classification", script: ItemScript.English)));

    [Theory]
    [InlineData("- **test set** third set: not used for training or metrics", "test set third set", true)]
    [InlineData("- **test set**: not used for training or metrics", "test set", false)]
    public void A_bold_term_run_into_its_gloss_is_no_name(string markdown, string term, bool dropped) =>
        Assert.Equal(dropped, Fires("label-as-term", Card("TermDefinition", $"What is {term}?", "not used for training or metrics", term, context: "Learner",
            section: Section(markdown, "fastai", "Learner") with { BoldTerms = ["test set"] }, script: ItemScript.English)));

    [Theory]
    [InlineData("look for pretrained models", "tip-back", true)]
    [InlineData("a collection of pretrained models to start from", "tip-back", false)]
    [InlineData("7 days of high quota for free; limit to 3 transactions per second", "quantity-back", true)]
    [InlineData("6:30 to 9pm PST", "quantity-back", true)]
    [InlineData("a web search API that returns images for a query", "quantity-back", false)]
    public void An_order_or_a_time_is_no_definition(string back, string check, bool dropped) =>
        Assert.Equal(dropped, Fires(check, Card("TermDefinition", "What is model zoo?", back, "model zoo", context: "fastai lesson 2", script: ItemScript.English)));
}
