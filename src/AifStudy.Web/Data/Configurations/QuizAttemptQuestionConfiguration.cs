using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AifStudy.Web.Data.Configurations;

internal sealed class QuizAttemptQuestionConfiguration : IEntityTypeConfiguration<QuizAttemptQuestion>
{
    public void Configure(EntityTypeBuilder<QuizAttemptQuestion> builder)
    {
        builder.Property(q => q.QuestionKey).HasMaxLength(16).IsFixedLength();
        builder.Property(q => q.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(q => q.NoteSlug).HasMaxLength(200);
        builder.Property(q => q.SectionAnchor).HasMaxLength(300);

        builder.HasIndex(q => new { q.AttemptId, q.Position }).IsUnique();
        // "Retry my mistakes" looks a question up across attempts by its key.
        builder.HasIndex(q => q.QuestionKey);
    }
}
