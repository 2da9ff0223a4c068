namespace AifStudy.Core.Quizzes;

/// <summary>A domain that supplied <paramref name="Available"/> questions where the exam wanted <paramref name="Wanted"/>.</summary>
public sealed record DomainShortfall(int Domain, int Available, int Wanted);
