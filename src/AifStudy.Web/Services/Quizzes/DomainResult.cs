using AifStudy.Core.Quizzes;

namespace AifStudy.Web.Services.Quizzes;

/// <summary>How one AIF-C01 domain (null: notes without a domain) went in an attempt.</summary>
public sealed record DomainResult(int? Domain, int Correct, int Total)
{
    public int Percent => Total == 0 ? 0 : (int)Math.Round(100.0 * Correct / Total);

    /// <summary>The domain's own share on the 100..1000 scale.</summary>
    public int ScaledScore => QuizScoring.ScaledScore(Correct, Total);
}
