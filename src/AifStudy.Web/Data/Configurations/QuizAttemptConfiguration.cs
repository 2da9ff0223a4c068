using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AifStudy.Web.Data.Configurations;

internal sealed class QuizAttemptConfiguration : IEntityTypeConfiguration<QuizAttempt>
{
    public void Configure(EntityTypeBuilder<QuizAttempt> builder)
    {
        builder.Property(a => a.Mode).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.ScopeNoteSlug).HasMaxLength(200);
        builder.Property(a => a.ScopeSectionAnchor).HasMaxLength(300);
        builder.Property(a => a.ScopeTaskId).HasMaxLength(8);
        builder.Property(a => a.ScopeLabel).HasMaxLength(300);

        // History and "is an exam open?" both read a learner's attempts newest first.
        builder.HasIndex(a => new { a.LearnerId, a.StartedAt });

        builder.HasOne<Learner>().WithMany().HasForeignKey(a => a.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Questions).WithOne(q => q.Attempt).HasForeignKey(q => q.AttemptId).OnDelete(DeleteBehavior.Cascade);
    }
}
