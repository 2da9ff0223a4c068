using AifStudy.Core.Scheduling;

namespace AifStudy.Web.Services.Flashcards;

/// <summary>What the review screen shows of one due card; the HTML is already sanitised.</summary>
/// <param name="CardId">The stored card's id.</param>
/// <param name="FrontHtml">Front, from <see cref="CardHtmlRenderer"/>.</param>
/// <param name="BackHtml">Back, from <see cref="CardHtmlRenderer"/>.</param>
/// <param name="SourceLabel">Where the card comes from, e.g. <c>from: 大语言模型基础 › Transformer</c>.</param>
/// <param name="SourceHref">Link to that section of the note.</param>
/// <param name="IntervalLabels">The next interval per button ("10m", "2d"), from <see cref="ReviewScheduler.Preview"/>.</param>
public sealed record ReviewCardView(
    int CardId,
    string FrontHtml,
    string BackHtml,
    string SourceLabel,
    string SourceHref,
    IReadOnlyDictionary<Rating, string> IntervalLabels)
{
    /// <summary>The sides are the learner's own edit.</summary>
    public bool IsEdited { get; init; }

    /// <summary>The card's generated text changed since the learner's edit.</summary>
    public bool EditNeedsCheck { get; init; }
}
