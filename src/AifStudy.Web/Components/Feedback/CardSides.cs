namespace AifStudy.Web.Components.Feedback;

/// <summary>A card's front and back as the learner typed them in a <see cref="CardEditor"/>.</summary>
public sealed record CardSides(string Front, string Back);
