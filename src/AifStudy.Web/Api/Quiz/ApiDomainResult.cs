namespace AifStudy.Web.Api.Quiz;

/// <summary>Right answers of one AIF-C01 domain (null: notes without a domain) in an attempt.</summary>
public sealed record ApiDomainResult(int? Domain, int Correct, int Total);
