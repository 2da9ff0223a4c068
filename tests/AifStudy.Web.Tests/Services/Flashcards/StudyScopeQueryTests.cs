using AifStudy.Web.Services.Flashcards;

namespace AifStudy.Web.Tests.Services.Flashcards;

public sealed class StudyScopeQueryTests
{
    [Theory]
    [InlineData(null, null, null, null, null, null)]
    [InlineData("", "", "", null, null, null)]
    [InlineData("3", null, null, 3, null, null)]
    [InlineData("03", null, null, 3, null, null)]
    [InlineData(null, "llm-basics", "rag", null, "llm-basics", "rag")]
    [InlineData("1", "llm-basics", null, 1, "llm-basics", null)]
    public void A_well_formed_query_gives_its_scope_and_empty_values_count_as_absent(
        string? domain, string? note, string? section, int? expectedDomain, string? expectedNote, string? expectedSection)
    {
        var read = StudyScopeQuery.Parse(domain, note, section);

        Assert.True(read.IsValid);
        Assert.Equal(new StudyScope(expectedDomain, expectedNote, expectedSection), read.Scope);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("-1")]
    [InlineData("+2")]
    [InlineData(" 2")]
    [InlineData("2.0")]
    [InlineData("2147483648")]
    [InlineData("２")]
    public void A_domain_that_is_not_a_whole_number_from_1_to_5_says_what_is_accepted(string domain)
    {
        var read = StudyScopeQuery.Parse(domain, null);

        Assert.Equal($"'domain' must be a whole number from 1 to 5, not '{domain}'.", read.Problem);
        Assert.False(read.IsUnknown);
        Assert.Equal(StudyScope.All, read.Scope);
    }

    [Fact]
    public void A_section_without_its_note_is_refused()
    {
        var read = StudyScopeQuery.Parse(null, null, "rag");

        Assert.Equal("'section' needs 'note': a section anchor is only unique within its note.", read.Problem);
    }
}
