namespace AifStudy.Web.Api;

/// <summary>The request header that names the learner (docs/api.md); without it, the default learner is meant.</summary>
internal static class LearnerHeader
{
    public const string Name = "X-Learner-Id";
}
